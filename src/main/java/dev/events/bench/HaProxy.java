package dev.events.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The load balancer of {@code bench --cluster}: HAProxy (Debian's package) in the foreground on a free loopback
 * port, round robin over the public nodes, each checked on {@code /health} every second; ready once a request
 * through it reaches {@code /health}.
 */
final class HaProxy implements AutoCloseable {

    /** The Debian package, which the benchmark does not install itself. */
    static final String INSTALL = "apt-get install -y haproxy";
    private static final Duration START = Duration.ofSeconds(30);
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr/sbin", "/usr/local/sbin", "/sbin");

    private final Process process;
    private final Path log;
    private final int port;

    private HaProxy(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** @return the haproxy binary on the PATH or in the system folders, which a user's PATH may lack */
    static Optional<Path> find() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)),
                SYSTEM_FOLDERS.stream()).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * Writes the configuration in {@code work}, starts HAProxy and waits until it forwards.
     *
     * @param name the name of its configuration and log files
     */
    static HaProxy start(Path work, String name, List<Integer> nodes) throws Exception {
        int port = freePort();
        Path config = work.resolve(name + ".cfg");
        Files.writeString(config, config(port, nodes));
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(find().orElseThrow().toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HaProxy proxy = new HaProxy(process, log, port);
        try {
            proxy.awaitReady();
            return proxy;
        } catch (Exception e) {
            proxy.close();
            throw e;
        }
    }

    /** @return round robin over the nodes, keep-alive both sides (HAProxy's default), a health check each */
    static String config(int port, List<Integer> nodes) {
        StringBuilder config = new StringBuilder(String.join("\n", "global", "    maxconn 4096", "defaults",
                "    mode http", "    timeout connect 5s", "    timeout client 60s", "    timeout server 60s",
                "frontend events", "    bind 127.0.0.1:" + port, "    default_backend public", "backend public",
                "    balance roundrobin", "    option httpchk GET /health", ""));
        for (int i = 0; i < nodes.size(); i++) {
            config.append(String.format(Locale.ROOT, "    server public%d 127.0.0.1:%d check inter 1s%n", i + 1,
                    nodes.get(i)));
        }
        return config.toString();
    }

    int port() {
        return port;
    }

    private void awaitReady() throws Exception {
        StartWait.await(process, START, "HAProxy", () -> Files.readString(log),
                () -> PublicNode.status("http://127.0.0.1:" + port + "/health") == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
