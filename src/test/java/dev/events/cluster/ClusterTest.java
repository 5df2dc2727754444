package dev.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.cli.EventsRuntime;
import dev.events.cli.Main;
import dev.events.content.Repositories;
import dev.events.security.PasswordHasher;
import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.testing.ChildJvm;
import dev.events.testing.Closer;
import dev.events.testing.TestPostgres;

/**
 * A site of three processes, each a separate JVM as in production: one author and two public nodes of a public
 * repository clustered on a throw-away PostgreSQL ({@link TestPostgres}; this test fails, never skips, without it).
 * The author publishes through its UI over HTTP; both public nodes serve each publication, in their page cache and
 * event catalog too, within 2 s of its acknowledgement; a public node killed with {@code kill -9} while
 * publications go on catches up when it returns, with nothing lost.
 */
@Tag("cluster")
class ClusterTest {

    private static final Pattern SERVING = Pattern.compile("Serving http://localhost:(\\d+)/");
    private static final Path LIGHT_MODULES = Path.of("light-modules").toAbsolutePath();
    /** The promise of operations.md: every node serves an acknowledged publication within 2 s. */
    private static final Duration SYNC = Duration.ofSeconds(2);
    private static final String FEED = "/events.ics?from=2031-01-01&to=2031-12-31";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    private TestPostgres postgres;
    private final Map<String, ChildJvm> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    @AfterEach
    void stopEverything() throws Exception {
        List<AutoCloseable> all = new ArrayList<>(processes.values());
        all.add(postgres);
        Closer.closeAll(all.toArray(AutoCloseable[]::new));
    }

    @Test
    void everyPublicNodeServesAPublicationWithinTwoSecondsAndAKilledNodeCatchesUpWithNothingLost() throws Exception {
        postgres = TestPostgres.start();
        postgres.createDatabase("events");
        Files.writeString(folder.resolve("db-password"), postgres.password() + "\n");
        addUsers(folder.resolve("author"));
        // the demo puts the events page (which event pages and feeds live under) and its events in the cluster
        start("author", "author", "--demo");
        start("public", "public1");
        start("public", "public2");
        assertThat(get("public1", "/author/events").statusCode()).as("the author UI on a public node").isEqualTo(404);
        ClusterAuthor author = new ClusterAuthor(ports.get("author"));
        List<String> published = new ArrayList<>();
        // the feeds are in each node's page cache before the publication: only the journal can refresh them
        feed("public1");
        feed("public2");
        for (String name : List.of("first", "second", "third")) {
            publishAndSee(author, name, List.of("public1", "public2"));
            published.add(name);
        }
        published.addAll(publishWhileKillingAndRestarting(author, "public2"));
        for (String node : List.of("public1", "public2")) {
            assertServesAll(node, published);
        }
    }

    /** Publishes, kills the node with kill -9 after 3 publications, restarts it after 3 more, stops after 3 more. */
    private List<String> publishWhileKillingAndRestarting(ClusterAuthor author, String node) throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread publisher = new Thread(() -> {
            try {
                for (int i = 0; !stop.get(); i++) {
                    author.publish("during-" + i);
                    acknowledged.add("during-" + i);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "cluster-publisher");
        publisher.start();
        awaitCount(acknowledged, 3, failure);
        assertThat(processes.get(node).kill()).as("exit code of the killed node").isEqualTo(ChildJvm.KILLED);
        int atKill = acknowledged.size();
        awaitCount(acknowledged, atKill + 3, failure);
        long restart = System.nanoTime();
        List<String> beforeRestart = List.copyOf(acknowledged);
        start("public", node);
        // it replays the journal before it serves: nothing published while it was down is missing once it is ready
        assertThat(missing(node, beforeRestart)).as(node + " on its return, of " + beforeRestart.size()).isEmpty();
        System.out.printf("ClusterTest: %s killed after %d publications, restarted after %d, ready in %d ms%n", node,
                atKill, acknowledged.size(), (System.nanoTime() - restart) / 1_000_000);
        awaitCount(acknowledged, acknowledged.size() + 3, failure);
        stop.set(true);
        publisher.join(120_000);
        if (failure.get() != null) {
            throw new AssertionError("A publication failed", failure.get());
        }
        return List.copyOf(acknowledged);
    }

    private static void awaitCount(List<String> acknowledged, int count, AtomicReference<Throwable> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < count && failure.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (failure.get() != null) {
            throw new AssertionError("A publication failed", failure.get());
        }
        assertThat(acknowledged).as("publications acknowledged within 120 s").hasSizeGreaterThanOrEqualTo(count);
    }

    /** Publishes the event and checks that every node serves its page and its feed entry within {@link #SYNC}. */
    private void publishAndSee(ClusterAuthor author, String name, List<String> nodes) throws Exception {
        author.publish(name);
        long acknowledged = System.nanoTime();
        for (String node : nodes) {
            long deadline = acknowledged + SYNC.toNanos();
            while (!serves(node, name)) {
                if (System.nanoTime() > deadline) {
                    fail(node + " did not serve the event " + name + " within " + SYNC + " of its publication");
                }
                Thread.sleep(20);
            }
            System.out.printf("ClusterTest: %s served %s %d ms after its publication was acknowledged%n", node, name,
                    (System.nanoTime() - acknowledged) / 1_000_000);
        }
    }

    /** Every event on its page and in the feed (the catalog) within {@link #SYNC}. */
    private void assertServesAll(String node, List<String> names) throws Exception {
        long deadline = System.nanoTime() + SYNC.toNanos();
        List<String> missing = missing(node, names);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            missing = missing(node, names);
        }
        assertThat(missing).as(node + " serves every acknowledged publication (" + names.size() + ")").isEmpty();
        System.out.printf("ClusterTest: %s serves all %d publications%n", node, names.size());
    }

    private List<String> missing(String node, List<String> names) throws Exception {
        String feed = feed(node);
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!serves(node, name, feed)) {
                missing.add(name);
            }
        }
        return missing;
    }

    private boolean serves(String node, String name) throws Exception {
        return serves(node, name, feed(node));
    }

    /** @return true when the event's page answers and the feed (the node's catalog) lists it */
    private boolean serves(String node, String name, String feed) throws Exception {
        return feed.contains("SUMMARY:" + ClusterAuthor.title(name) + "\r\n")
                && get(node, "/events/" + name).statusCode() == 200;
    }

    /** @return the iCalendar feed of 2031, unfolded */
    private String feed(String node) throws Exception {
        HttpResponse<String> feed = get(node, FEED);
        assertThat(feed.statusCode()).as(node + " " + FEED).isEqualTo(200);
        return feed.body().replace("\r\n ", "");
    }

    private HttpResponse<String> get(String node, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(node) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a process of the site, its data folder named after its cluster node id, and waits until it serves. */
    private void start(String role, String id, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--data", folder.resolve(id).toString(), "--port", "0",
                "--light-modules", LIGHT_MODULES.toString(), "--role", role, "--repository-url",
                postgres.url("events"), "--db-user", TestPostgres.USER, "--db-password-file",
                folder.resolve("db-password").toString(), "--cluster-node-id", id));
        args.addAll(List.of(more));
        ChildJvm process = ChildJvm.start(folder.resolve(id + "-" + System.nanoTime() + ".log"), Main.class.getName(),
                args.toArray(String[]::new));
        processes.put(id, process);
        ports.put(id, awaitReady(process));
    }

    /** @return the port, once the log names it and {@code /health} answers 200 */
    private static int awaitReady(ChildJvm server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("The process ended with exit code " + server.exitCode() + " while starting: " + server.tail());
            }
            Matcher serving = SERVING.matcher(server.log());
            if (serving.find()) {
                int port = Integer.parseInt(serving.group(1));
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return port;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("The process was not ready within 120 s: " + server.tail());
    }

    /** The users of the author repository, with bcrypt's lowest cost. */
    private static void addUsers(Path data) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, LIGHT_MODULES, Clock.systemUTC())) {
            UserStore users = new UserStore(runtime.get(Repositories.class), new PasswordHasher(4), Clock.systemUTC());
            users.add("eric", Set.of(Role.EDITOR), ClusterAuthor.PASSWORD.toCharArray(), "test");
            users.add("peter", Set.of(Role.PUBLISHER), ClusterAuthor.PASSWORD.toCharArray(), "test");
        }
    }
}
