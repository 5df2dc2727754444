package dev.events.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.backup.BackupRestorer;
import dev.events.backup.BackupWriter;
import dev.events.cli.EventsRuntime;
import dev.events.cli.Main;
import dev.events.content.Repositories;
import dev.events.security.PasswordHasher;
import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.testing.ChildJvm;
import dev.events.testing.RepositoryDump;

/**
 * {@code kill -9} of the server, as a separate process, at random moments of a workload over HTTP (bulk imports,
 * editor saves, publication requests and approvals: {@link KillWorkload}); after each kill the repositories are
 * opened and checked ({@link KillCheck}) and the next server continues. Some kills hit the server while it starts
 * or recovers. A backup taken after the last kill restores the same content. The moments come from a seed, printed; reproduce with {@code -Ddurability.seed=SEED}. In
 * {@code mvn verify}: 20 kills, each up to 2 s after the users logged in; {@code -Pdurability-long}: 60 kills, up to
 * 6 s.
 */
@Tag("durability")
class ServerKillTest {

    private static final boolean LONG = Boolean.getBoolean("durability.long");
    private static final int KILLS = Integer.getInteger("durability.kills", LONG ? 60 : 20);
    private static final int MAX_ROUND_MS = LONG ? 6000 : 2000;
    private static final Pattern SERVING = Pattern.compile("Serving http://localhost:(\\d+)/");
    private static final Path LIGHT_MODULES = Path.of("light-modules").toAbsolutePath();

    @TempDir
    Path folder;

    private ChildJvm server;
    private final KillModel model = new KillModel();
    private final Totals totals = new Totals();
    private KillCheck check;

    @AfterEach
    void killTheServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acknowledgedWorkSurvivesEveryKillAndThePublicSiteHoldsOnlyWholePublishedVersions() throws Exception {
        long seed = Long.getLong("durability.seed", System.nanoTime());
        System.out.println("ServerKillTest: " + KILLS + " kills, seed " + seed + " (rerun with -Ddurability.seed="
                + seed + ")");
        Random random = new Random(seed);
        Path data = folder.resolve("data");
        addUsers(data);
        check = new KillCheck();
        for (int kill = 1; kill <= KILLS; kill++) {
            boolean duringStart = random.nextInt(5) == 0;
            int delay = random.nextInt(duringStart ? 2500 : MAX_ROUND_MS);
            String round = runAndKill(data, kill, duringStart, delay, random.nextLong());
            if (kill == KILLS) {
                checkABackupOfTheCrashedFolder(data);
            }
            check(data, kill, "after kill " + kill + " (seed " + seed + ", " + round + ")");
        }
        System.out.println("ServerKillTest: acknowledged in all " + totals);
        assertThat(totals.saves).as("saves acknowledged").isPositive();
        assertThat(totals.imports).as("imports acknowledged").isPositive();
        assertThat(totals.approvals).as("publications acknowledged").isPositive();
    }

    private void check(Path data, int kill, String when) throws Exception {
        long start = System.nanoTime();
        int published = check.check(data, model, when);
        System.out.printf("ServerKillTest kill %d/%d: %s; checked in %d ms, %d events on author, %d public%n", kill,
                KILLS, when.replaceAll("^after kill \\d+ \\(seed \\d+, (.*)\\)$", "$1"),
                (System.nanoTime() - start) / 1_000_000, model.known().size(), published);
    }

    /**
     * A backup taken right after a crash (before any restart) restores what was acknowledged, and is the very content
     * the crashed folder opens with.
     */
    private void checkABackupOfTheCrashedFolder(Path data) throws Exception {
        Path backup = folder.resolve("after-the-crash.zip");
        new BackupWriter(Clock.systemUTC()).write(data, backup);
        Path restored = folder.resolve("restored");
        new BackupRestorer().restore(backup, restored, false);
        check.check(restored, model, "in the backup taken after the last kill");
        try (Repositories original = Repositories.open(data); Repositories copy = Repositories.open(restored)) {
            assertThat(content(RepositoryDump.of(copy.author()))).as("restored author repository")
                    .containsExactlyElementsOf(content(RepositoryDump.of(original.author())));
            assertThat(content(RepositoryDump.of(copy.published()))).as("restored public repository")
                    .containsExactlyElementsOf(content(RepositoryDump.of(original.published())));
        }
        System.out.println("ServerKillTest: the backup of the folder the last kill left restores the same content");
    }

    /**
     * @return the lines but those of Jackrabbit's default access control ({@code rep:policy}), which a workspace
     *         first used after the crash gets anew, with new identifiers, in the original and in the copy alike
     */
    private static java.util.List<String> content(java.util.List<String> lines) {
        return lines.stream().filter(line -> !line.contains("/rep:policy")).toList();
    }

    /** Adds the users with bcrypt's lowest cost: each round logs in anew, and 2^12 rounds cost a cold JVM a second. */
    private static void addUsers(Path data) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, LIGHT_MODULES, Clock.systemUTC())) {
            UserStore users = new UserStore(runtime.get(Repositories.class), new PasswordHasher(4), Clock.systemUTC());
            users.add("eric", Set.of(Role.EDITOR), LoggedIn.PASSWORD.toCharArray(), "test");
            users.add("peter", Set.of(Role.PUBLISHER), LoggedIn.PASSWORD.toCharArray(), "test");
        }
    }

    /** @return what the round did and where the kill hit */
    private String runAndKill(Path data, int kill, boolean duringStart, int delayMs, long seed) throws Exception {
        server = ChildJvm.start(folder.resolve("server-" + kill + ".log"), Main.class.getName(), "serve", "--data",
                data.toString(), "--port", "0", "--light-modules", LIGHT_MODULES.toString());
        if (duringStart) {
            Thread.sleep(delayMs);
            String moment = server.log().contains("Serving") ? "after the start" : "during the start";
            assertThat(server.kill()).as("exit code of the killed server").isEqualTo(ChildJvm.KILLED);
            return "killed " + delayMs + " ms after launch, " + moment;
        }
        long launched = System.nanoTime();
        int port = awaitReady(server);
        long ready = System.nanoTime();
        KillWorkload workload = new KillWorkload(port, model, seed, kill);
        killDuring(workload, kill, delayMs);
        totals.add(workload);
        return "ready in " + (ready - launched) / 1_000_000 + " ms, " + workload.summary().replace("; killed",
                "; killed " + delayMs + " ms later");
    }

    /** Runs the workload, and kills the server {@code delayMs} after the users logged in. */
    private void killDuring(KillWorkload workload, int kill, int delayMs) throws Exception {
        Thread driver = new Thread(workload, "kill-workload-" + kill);
        driver.start();
        if (workload.awaitLoggedIn()) {
            Thread.sleep(delayMs);
        }
        if (!server.isAlive()) {
            fail("The server stopped by itself with exit code " + server.exitCode() + ": " + server.tail());
        }
        assertThat(server.kill()).as("exit code of the killed server").isEqualTo(ChildJvm.KILLED);
        driver.join(60_000);
        assertThat(driver.isAlive()).as("the workload ends with the server").isFalse();
        if (workload.failure() != null) {
            throw new AssertionError("Round " + kill + " failed before the kill: " + server.tail(), workload.failure());
        }
    }

    /** @return the port, once the log names it and {@code /health} answers 200 */
    private static int awaitReady(ChildJvm server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("The server ended with exit code " + server.exitCode() + " while starting: " + server.tail());
            }
            Matcher serving = SERVING.matcher(server.log());
            if (serving.find()) {
                int port = Integer.parseInt(serving.group(1));
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return port;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("The server was not ready within 90 s: " + server.tail());
    }

    /** What all rounds had acknowledged. */
    private static final class Totals {
        int imports;
        int saves;
        int approvals;
        int stale;

        void add(KillWorkload workload) {
            imports += workload.acknowledged("imports");
            saves += workload.acknowledged("saves");
            approvals += workload.acknowledged("approvals");
            stale += workload.acknowledged("stale approvals");
        }

        @Override
        public String toString() {
            return imports + " imports, " + saves + " saves, " + approvals + " publications, " + stale
                    + " approvals refused as stale";
        }
    }
}
