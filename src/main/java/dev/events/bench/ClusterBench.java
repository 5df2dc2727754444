package dev.events.bench;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.events.cli.EventsRuntime;
import dev.events.cli.Folders;
import dev.events.content.ClusterDatabase;
import dev.events.content.InstanceRole;
import dev.events.content.SortOrder;
import dev.events.content.Topology;
import dev.events.content.Workspaces;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.site.DemoSite;

/**
 * {@code bench --cluster}: a site of separate processes on loopback, as in {@code docs/operations.md}: a throw-away
 * PostgreSQL ({@link ThrowawayPostgres}), this process as the author node (it imports and publishes N generated
 * events into the cluster), two public nodes ({@link PublicNode}) and HAProxy in front of them ({@link HaProxy}).
 * wrk loads {@code /events} and a detail page on one node directly, then through HAProxy on one node, then
 * through HAProxy on both ({@link ClusterTable}). Everything started is stopped, and its folder deleted, on every way out.
 */
public final class ClusterBench {

    private static final String USER = "bench";
    private static final String DATABASE = "events";
    /** Longer than the cluster's sync delay. */
    private static final Duration SETTLED = Duration.ofSeconds(3);
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);

    /**
     * @param events       how many events
     * @param seed         the generator's seed
     * @param lightModules the light modules of every process
     * @param quick        a short load, for tests of the command (the figures mean nothing)
     */
    public record Options(int events, long seed, Path lightModules, boolean quick) {
    }

    private final Options options;
    private final Clock clock;
    private final PrintWriter progress;
    private final List<AutoCloseable> started = new ArrayList<>();

    /** @param progress where to report what is being done: standard error */
    public ClusterBench(Options options, Clock clock, PrintWriter progress) {
        this.options = options;
        this.clock = clock;
        this.progress = progress;
    }

    /** @return what is missing to run, naming the tool and its Debian package; empty when nothing is */
    public static Optional<String> missingTool() {
        if (Wrk.find().isEmpty()) {
            return Optional.of("wrk is not installed: " + HttpBench.INSTALL);
        }
        if (HaProxy.find().isEmpty()) {
            return Optional.of("haproxy is not installed: " + HaProxy.INSTALL);
        }
        return ThrowawayPostgres.missing().map(reason -> "initdb: " + reason);
    }

    /** @return the table of one node against two behind HAProxy */
    public String run() throws Exception {
        Path work = Files.createTempDirectory("events-bench-cluster");
        try {
            return measure(work);
        } finally {
            closeAll();
            Folders.delete(work);
        }
    }

    private String measure(Path work) throws Exception {
        say("starting a throw-away PostgreSQL");
        ThrowawayPostgres postgres = keep(ThrowawayPostgres.start());
        postgres.createDatabase(DATABASE);
        Path passwordFile = Files.writeString(work.resolve("db-password"), postgres.password() + "\n");
        String detail = publish(work, new ClusterDatabase(postgres.url(DATABASE), ThrowawayPostgres.USER,
                postgres.password(), "author"));
        say("starting two public nodes");
        PublicNode one = keep(PublicNode.start(work, "public1", options.lightModules(), postgres.url(DATABASE),
                passwordFile));
        PublicNode two = keep(PublicNode.start(work, "public2", options.lightModules(), postgres.url(DATABASE),
                passwordFile));
        List<String> paths = List.of("/events", "/events/" + detail);
        awaitSettled(List.of(one, two), paths);
        HaProxy toOne = keep(HaProxy.start(work, "haproxy-one", List.of(one.port())));
        HaProxy toTwo = keep(HaProxy.start(work, "haproxy-two", List.of(one.port(), two.port())));
        for (HaProxy balancer : List.of(toOne, toTwo)) {
            expectPages(balancer.port(), paths, () -> "(through HAProxy)");
        }
        return ClusterTable.header(options) + ClusterTable.format(List.of("/events", "detail page"),
                loadAll(paths, one.port(), toOne.port(), toTwo.port()));
    }

    /** @return the figures of each path on each port in turn: one node directly, through HAProxy on one, on two */
    private List<List<BenchResult.Throughput>> loadAll(List<String> paths, int direct, int toOne, int toTwo)
            throws Exception {
        Wrk wrk = options.quick() ? Wrk.QUICK : new Wrk();
        say("wrk on /events and a detail page: one node directly");
        List<BenchResult.Throughput> alone = load(wrk, direct, paths);
        say("wrk on /events and a detail page: one node behind HAProxy");
        List<BenchResult.Throughput> single = load(wrk, toOne, paths);
        say("wrk on /events and a detail page: two nodes behind HAProxy");
        return List.of(alone, single, load(wrk, toTwo, paths));
    }

    /** Imports and publishes the events as the author node, which closes then. @return the detail page's event */
    private String publish(Path work, ClusterDatabase database) throws Exception {
        EventGenerator generator = new EventGenerator(options.seed(), LocalDate.now(clock));
        Path file = work.resolve("events.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            generator.write(out, options.events());
        }
        try (EventsRuntime author = EventsRuntime.start(work.resolve("author"), options.lightModules(), clock,
                Measurement.settings(false), new Topology(InstanceRole.AUTHOR, database))) {
            author.get(DemoSite.class).installPage(SortOrder.UPCOMING_FIRST);
            say(String.format("importing and publishing %,d events into the cluster", options.events()));
            List<String> ids;
            try (InputStream in = Files.newInputStream(file)) {
                ids = author.get(ImportService.class).importEvents(in, file.getFileName().toString(), false, USER);
            }
            author.get(Publisher.class).publish(Workspaces.EVENTS, ids, USER);
        }
        return String.valueOf(generator.event(options.events() / 2).get("name"));
    }

    /**
     * Waits until every page answers 200 on each node for {@link #SETTLED} in a row. Each node re-registers the node
     * types when it starts, and the others apply that from the journal within a second: until then their pages
     * may fail (a known issue, see docs/operations.md).
     */
    private void awaitSettled(List<PublicNode> nodes, List<String> paths) throws Exception {
        long deadline = System.nanoTime() + SETTLE_WITHIN.toNanos();
        long since = System.nanoTime();
        while (System.nanoTime() - since < SETTLED.toNanos()) {
            for (PublicNode node : nodes) {
                try {
                    expectPages(node.port(), paths, node::tail);
                } catch (IllegalStateException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    say("a public node answered other than 200 after its start; waiting for the cluster to settle");
                    since = System.nanoTime();
                }
            }
            Thread.sleep(100);
        }
    }

    /** Every page must answer 200 on each node and through the balancer before anything is measured. */
    private static void expectPages(int port, List<String> paths, Supplier<String> log) throws Exception {
        for (String path : paths) {
            int status = PublicNode.status("http://127.0.0.1:" + port + path);
            if (status != 200) {
                throw new IllegalStateException("http://127.0.0.1:" + port + path + " answered " + status + "; the "
                        + "log:\n" + log.get());
            }
        }
    }

    private static List<BenchResult.Throughput> load(Wrk wrk, int port, List<String> paths) throws Exception {
        List<BenchResult.Throughput> figures = new ArrayList<>();
        for (String path : paths) {
            figures.add(wrk.run("http://127.0.0.1:" + port + path));
        }
        return figures;
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        started.add(closeable);
        return closeable;
    }

    /** Stops the balancer, the nodes, then PostgreSQL: the last started first; a failure does not stop the rest. */
    private void closeAll() {
        Collections.reverse(started);
        for (AutoCloseable closeable : started) {
            try {
                closeable.close();
            } catch (Exception e) {
                progress.println("bench --cluster: stopping " + closeable.getClass().getSimpleName() + ": " + e);
            }
        }
        started.clear();
    }

    private void say(String what) {
        progress.println("Cluster: " + what);
        progress.flush();
    }
}
