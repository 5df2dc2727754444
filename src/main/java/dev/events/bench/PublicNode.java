package dev.events.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.events.cli.Main;

/**
 * A public node of {@code bench --cluster}: {@code serve --role public} in a JVM of its own, as in production, on
 * a free loopback port; ready once {@code /health} answers 200. {@link #close()} stops it as an operator would
 * (SIGTERM: the shutdown hook closes the repositories), forcibly after 30 s.
 */
final class PublicNode implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Serving http://localhost:(\\d+)/");
    private static final Duration START = Duration.ofSeconds(180);
    /** A fixed heap, the same for each node: the figures of one node and two compare. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private int port;

    private PublicNode(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param id           its cluster node id, and the name of its data folder and log in {@code work}
     * @param database     the cluster's JDBC URL
     * @param passwordFile the database password's file
     */
    static PublicNode start(Path work, String id, Path lightModules, String database, Path passwordFile)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classPath(), Main.class.getName(), "serve", "--data",
                work.resolve(id).toString(), "--port", "0", "--light-modules", lightModules.toString(), "--role",
                "public", "--repository-url", database, "--db-user", ThrowawayPostgres.USER, "--db-password-file",
                passwordFile.toString(), "--cluster-node-id", id));
        Path log = work.resolve(id + ".log");
        PublicNode node = new PublicNode(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start(), log);
        try {
            node.awaitReady();
            return node;
        } catch (Exception e) {
            node.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    private void awaitReady() throws Exception {
        StartWait.await(process, START, "A public node", this::tail, () -> {
            Matcher serving = SERVING.matcher(Files.readString(log));
            if (serving.find() && status("http://127.0.0.1:" + serving.group(1) + "/health") == 200) {
                port = Integer.parseInt(serving.group(1));
                return true;
            }
            return false;
        });
    }

    /** @return the status of a GET, or -1 when nothing answers */
    static int status(String url) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** @return the last 40 lines of its log, for failure messages; of a stack trace, the first 3 frames of each */
    String tail() {
        try {
            List<String> lines = new ArrayList<>();
            int frames = 0;
            for (String line : Files.readAllLines(log)) {
                frames = line.startsWith("\tat ") ? frames + 1 : 0;
                if (frames <= 3) {
                    lines.add(line);
                }
            }
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return log + " unreadable: " + e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** @return this JVM's class path: the jar, or under Surefire (a manifest-only jar) the tests' own */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
