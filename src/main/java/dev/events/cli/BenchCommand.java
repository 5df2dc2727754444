package dev.events.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.bench.Bench;
import dev.events.bench.BenchResult;
import dev.events.bench.ClusterBench;

/**
 * {@code bench}: generates, imports and publishes N events on a fresh data folder, measures, and prints one
 * table with the targets (see {@code docs/performance.md}). Progress goes to standard error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure import, publication, cold start and page times at N events; print one table.")
final class BenchCommand implements Callable<Integer> {

    private static final int MAX_EVENTS = 1_000_000;
    private static final int CLUSTER_EVENTS = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", split = ",", defaultValue = "1000,10000,100000",
            description = "How many events, comma-separated for runs side by side. Default: ${DEFAULT-VALUE}")
    List<Integer> events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed of the generated events. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--http", description = "Also load the real server with wrk (apt-get install -y wrk).")
    boolean http;

    @Option(names = "--cluster", description = "Instead: wrk on one public node, then on two behind HAProxy, of a "
            + "cluster on a throw-away PostgreSQL (implies --http; one N, default 1000; apt-get install -y wrk haproxy "
            + "postgresql).")
    boolean cluster;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the data folders in DIR (DIR/n1000/data, ...); default: a temporary folder")
    Path keep;

    @Option(names = "--light-modules", paramLabel = "DIR",
            description = "The light-modules folder. Default: ./light-modules, else the module in the jar")
    Path lightModules;

    /** For tests: time each request briefly. */
    @Option(names = "--quick", hidden = true)
    boolean quick;

    /** For measuring again: the data folders of an earlier run with the same --keep, without importing. */
    @Option(names = "--reuse", hidden = true)
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        if (events.stream().anyMatch(n -> n < 1 || n > MAX_EVENTS)) {
            throw new ParameterException(spec.commandLine(), "--events takes numbers from 1 to " + MAX_EVENTS);
        }
        if (cluster) {
            return cluster();
        }
        if (http && !Bench.wrkInstalled()) {
            spec.commandLine().getErr().println("events bench: --http needs wrk: " + Bench.WRK_INSTALL);
            return 2;
        }
        Path modules = lightModules != null ? lightModules : LightModulesFolder.resolveDefault();
        Bench.Options options = new Bench.Options(events.stream().sorted().distinct().toList(), seed, http, keep,
                modules, quick ? Bench.QUICK : Bench.DEFAULT, reuse);
        PrintWriter out = spec.commandLine().getOut();
        List<BenchResult> results = new Bench(options, Clock.systemDefaultZone(), spec.commandLine().getErr()).run();
        out.print(Bench.header(options) + Bench.table(results));
        out.flush();
        return 0;
    }

    /** {@code --cluster}: one number of events, the processes and their folders throw-away. */
    private Integer cluster() throws Exception {
        if (keep != null || reuse) {
            throw new ParameterException(spec.commandLine(), "--cluster does not take --keep or --reuse: its "
                    + "database, processes and folders are throw-away");
        }
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--events");
        if (given && events.stream().distinct().count() != 1) {
            throw new ParameterException(spec.commandLine(), "--cluster takes one number of events (--events N), "
                    + "not " + events.size());
        }
        Optional<String> missing = ClusterBench.missingTool();
        if (missing.isPresent()) {
            spec.commandLine().getErr().println("events bench: --cluster needs " + missing.get());
            return 2;
        }
        Path modules = lightModules != null ? lightModules : LightModulesFolder.resolveDefault();
        ClusterBench.Options options = new ClusterBench.Options(given ? events.get(0) : CLUSTER_EVENTS, seed,
                modules, quick);
        String table = new ClusterBench(options, Clock.systemDefaultZone(), spec.commandLine().getErr()).run();
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
