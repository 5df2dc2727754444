package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.cli.EventsRuntime;
import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.testing.ChildJvm;
import dev.events.testing.VersionMarkers;

/**
 * A {@code kill -9} at any moment of a publication leaves the public repository holding, for every event, either
 * the old or the new version, never a mix, and keeps every publication that was acknowledged. A separate JVM
 * ({@link PublishLoop}) rewrites and publishes events one by one until it is killed at a random moment; the
 * repositories are then reopened (Jackrabbit recovers) and checked, and the next process continues from there.
 * Reproduce a failure with {@code -Dkilltest.seed=SEED} (the seed is printed).
 */
@Tag("durability")
class PublicationKillTest {

    /** 5 kills in {@code mvn verify}, 20 with {@code -Pdurability-long}. */
    private static final int KILLS = Boolean.getBoolean("durability.long") ? 20 : 5;
    private static final int MIN_DELAY_MS = 300;
    private static final int MAX_DELAY_MS = 2500;
    private static final Pattern PUBLISHED = Pattern.compile("published (\\S+) v(\\d+)");
    private static final Path LIGHT_MODULES = Path.of("light-modules").toAbsolutePath();

    @TempDir
    Path folder;

    private ChildJvm child;

    @AfterEach
    void killTheChild() throws InterruptedException {
        if (child != null) {
            child.close();
        }
    }

    @Test
    void aKillDuringPublicationsLeavesEveryPublicEventWhollyOldOrWhollyNewAndKeepsAcknowledgedOnes()
            throws Exception {
        long seed = Long.getLong("killtest.seed", System.nanoTime());
        System.out.println("PublicationKillTest seed " + seed + " (rerun with -Dkilltest.seed=" + seed + ")");
        Random random = new Random(seed);
        Path data = folder.resolve("data");
        publishVersionZero(data);
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        Map<String, Integer> versions = checkPublic(data, acknowledged, "after the first publication");
        assertThat(versions.values()).containsOnly(0);
        int acknowledgedInAll = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int delay = MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1);
            Path log = folder.resolve("publish-loop-" + kill + ".log");
            int acknowledgedNow = runAndKill(data, log, delay, acknowledged);
            acknowledgedInAll += acknowledgedNow;
            String round = "after kill " + kill + " of " + KILLS + " (seed " + seed + ", " + delay + " ms after the start, "
                    + acknowledgedNow + " publications acknowledged; log " + child.tail() + ")";
            versions = checkPublic(data, acknowledged, round);
            System.out.println("PublicationKillTest " + round.replaceAll("; log .*", ")") + ": public versions "
                    + new TreeMap<>(versions).values());
        }
        assertThat(acknowledgedInAll).as("publications acknowledged before the kills: the kills hit publications")
                .isPositive();
    }

    /** Imports and publishes the events at version 0 in this JVM, then shuts the repositories down. */
    private static void publishVersionZero(Path data) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, LIGHT_MODULES, Clock.systemUTC())) {
            runtime.get(ImportService.class).importEvents(PublishLoop.json(0), "kill-test-v0", true, "killtest");
        }
    }

    /**
     * Starts {@link PublishLoop} on the data folder, kills it ({@code SIGKILL}) {@code delayMs} after it has
     * started publishing, and records the publications it acknowledged.
     *
     * @return how many publications this process acknowledged
     */
    private int runAndKill(Path data, Path log, int delayMs, Map<String, Integer> acknowledged) throws Exception {
        child = ChildJvm.start(log, PublishLoop.class.getName(), data.toString(), LIGHT_MODULES.toString());
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger count = new AtomicInteger();
        ChildJvm loop = child;
        Thread reader = new Thread(() -> readProtocol(loop, started, acknowledged, count), "publish-loop-stdout");
        reader.start();
        try {
            if (!started.await(60, TimeUnit.SECONDS)) {
                fail("The publish loop did not start within 60 s (alive: " + child.isAlive() + "): " + child.tail());
            }
            Thread.sleep(delayMs);
            if (!child.isAlive()) {
                fail("The publish loop stopped by itself with exit code " + child.exitCode() + ": " + child.tail());
            }
            assertThat(child.kill()).as("exit code of a process killed by SIGKILL").isEqualTo(ChildJvm.KILLED);
        } finally {
            child.close();
            reader.join(10_000);
        }
        return count.get();
    }

    private static void readProtocol(ChildJvm process, CountDownLatch started, Map<String, Integer> acknowledged,
            AtomicInteger count) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.output(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                Matcher published = PUBLISHED.matcher(line);
                if (published.matches()) {
                    acknowledged.merge(published.group(1), Integer.parseInt(published.group(2)), Math::max);
                    count.incrementAndGet();
                } else if (line.startsWith("started")) {
                    started.countDown();
                }
            }
        } catch (IOException e) {
            // the pipe breaks with the kill
        }
    }

    /**
     * Reopens the repositories as a restart does after a crash and checks the public events workspace.
     *
     * @return the public version of each event
     */
    private static Map<String, Integer> checkPublic(Path data, Map<String, Integer> acknowledged, String when)
            throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        try (Repositories repositories = Repositories.open(data)) {
            Session published = repositories.published().login(Workspaces.EVENTS);
            Session author = repositories.author().login(Workspaces.EVENTS);
            try {
                List<String> expected = new ArrayList<>(List.of("/2030"));
                for (int i = 0; i < PublishLoop.EVENTS; i++) {
                    String path = "/2030/" + PublishLoop.name(i);
                    expected.addAll(List.of(path, path + "/links", path + "/links/0"));
                }
                assertThat(allPaths(published.getRootNode(), new ArrayList<>()))
                        .as("the public nodes %s: every event with its link, once each, nothing else", when)
                        .containsExactlyInAnyOrderElementsOf(expected);
                List<Node> events = contentNodes(published.getRootNode());
                for (Node event : events) {
                    String name = event.getName();
                    int version = consistentVersion(event, when);
                    versions.put(name, version);
                    assertThat(version).as("public version of %s %s: at least the acknowledged one", name, when)
                            .isGreaterThanOrEqualTo(acknowledged.getOrDefault(name, 0));
                    Node onAuthor = author.getNodeByIdentifier(event.getIdentifier());
                    assertThat(onAuthor.getPath()).as("author path of %s %s", name, when).isEqualTo(event.getPath());
                    assertThat(VersionMarkers.markerOf(onAuthor, EventProperties.TITLE))
                            .as("author version of %s %s: not older than public", name, when)
                            .isGreaterThanOrEqualTo(version);
                    assertThat(EventLookup.byName(published, name).map(PublicationKillTest::identifier))
                            .as("what the public site's lookup by name finds for %s %s", name, when)
                            .contains(event.getIdentifier());
                }
                assertThat(contentNodes(author.getRootNode())).as("author events %s", when)
                        .hasSize(PublishLoop.EVENTS);
            } finally {
                author.logout();
                published.logout();
            }
        }
        return versions;
    }

    /** @return the version all the event's markers carry; fails, naming them, when they differ */
    private static int consistentVersion(Node event, String when) throws RepositoryException {
        assertThat(event.getProperty(NodeTypes.ACTIVATION_STATUS).getBoolean())
                .as("%s %s is marked published", event.getPath(), when).isTrue();
        return VersionMarkers.of(event);
    }

    /**
     * @return the paths of all nodes below {@code node} but the repository's own ({@code jcr:system}, the access
     *         control policy {@code rep:policy}), same-name siblings with their index
     */
    private static List<String> allPaths(Node node, List<String> paths) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!isRepositorysOwn(child)) {
                paths.add(child.getPath());
                allPaths(child, paths);
            }
        }
        return paths;
    }

    /** @return the {@code mgnl:content} nodes below {@code node}, in document order, duplicates included */
    private static List<Node> contentNodes(Node node) throws RepositoryException {
        List<Node> found = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (isRepositorysOwn(child)) {
                continue;
            }
            if (child.isNodeType(NodeTypes.CONTENT)) {
                found.add(child);
            } else {
                found.addAll(contentNodes(child));
            }
        }
        return found;
    }

    private static boolean isRepositorysOwn(Node node) throws RepositoryException {
        return node.getName().startsWith("jcr:") || node.getName().startsWith("rep:");
    }

    private static String identifier(Node node) {
        try {
            return node.getIdentifier();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
