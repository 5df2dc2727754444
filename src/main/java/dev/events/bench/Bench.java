package dev.events.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.events.cli.Folders;

/**
 * The benchmark: one {@link BenchRun} per number of events, each on its own data folder, optionally followed by
 * the HTTP run ({@link HttpBench}), then one table of all the figures ({@link BenchTable}).
 */
public final class Bench {

    /**
     * @param events       the numbers of events, smallest first
     * @param seed         the generator's seed
     * @param http         whether to measure through Jetty with wrk too
     * @param keep         where to leave the data folders, or null for a temporary folder deleted at the end
     * @param lightModules the light modules the runtime uses
     * @param budget       how long each request is timed
     * @param reuse        whether to measure the data folders a previous run left in {@code keep}, if any
     */
    public record Options(List<Integer> events, long seed, boolean http, Path keep, Path lightModules,
            Latency.Budget budget, boolean reuse) {
    }

    /** Each request warmed up for a second, then timed for three (at least 200 times). */
    public static final Latency.Budget DEFAULT = Latency.Budget.DEFAULT;
    /** Each request timed a few times only: for tests of the command, whose figures mean nothing. */
    public static final Latency.Budget QUICK = Latency.Budget.QUICK;
    /** How to install the load generator of {@code --http}. */
    public static final String WRK_INSTALL = HttpBench.INSTALL;

    private final Options options;
    private final Clock clock;
    private final PrintWriter progress;

    /** @param progress where to report what is being done: standard error */
    public Bench(Options options, Clock clock, PrintWriter progress) {
        this.options = options;
        this.clock = clock;
        this.progress = progress;
    }

    /** @return the figures of each run, in the order of {@link Options#events()} */
    public List<BenchResult> run() throws Exception {
        Path work = options.keep() != null ? Files.createDirectories(options.keep())
                : Files.createTempDirectory("events-bench");
        try {
            Path lightModules = options.http() ? HttpBench.lightModulesWithStaticFile(options.lightModules(), work)
                    : options.lightModules();
            BenchRun run = new BenchRun(lightModules, clock, options.seed(), options.budget(), progress);
            List<BenchResult> results = new ArrayList<>();
            for (int events : options.events()) {
                Path folder = work.resolve("n" + events);
                BenchResult result = run.run(events, folder, options.reuse() && options.keep() != null);
                if (options.http()) {
                    result = result.withHttp(new HttpBench(lightModules, clock, progress)
                            .measure(folder.resolve("data"), run.detailName(events)));
                }
                results.add(result);
            }
            return results;
        } finally {
            if (options.keep() == null) {
                Folders.delete(work);
            }
        }
    }

    /** @return true when the load generator of {@code --http} is installed */
    public static boolean wrkInstalled() {
        return Wrk.find().isPresent();
    }

    /** @return what the figures were taken with: seed, day, Java, cores, heap, load */
    public static String header(Options options) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(java.util.Locale.ROOT, "Events benchmark: seed %d, %s, Java %s, %d cores, max heap %,d MB,"
                + " load average %.2f%n", options.seed(), java.time.LocalDate.now(), System.getProperty("java.version"),
                runtime.availableProcessors(), runtime.maxMemory() / 1_048_576,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** @return the table of the figures, with the targets */
    public static String table(List<BenchResult> results) {
        return new BenchTable().format(results);
    }
}
