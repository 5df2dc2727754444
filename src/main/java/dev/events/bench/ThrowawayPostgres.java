package dev.events.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server, for {@code bench --cluster} and the cluster tests: {@code initdb} in a temporary folder, started by {@code pg_ctl} on a
 * free loopback port with a password-protected superuser {@value #USER}, stopped and deleted by {@link #close()}.
 * The binaries come from {@code -Dpostgres.bin=DIR}, else Debian's {@code /usr/lib/postgresql/VERSION/bin} (the
 * newest), else the {@code PATH}. PostgreSQL refuses to run as root: run as root, the server runs as the user
 * {@code postgres} (which Debian's package creates) through {@code runuser}. When PostgreSQL is missing or does not
 * start, {@link #start()} fails saying why: the cluster tests never skip, and the benchmark exits 2 naming it.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    /** The database superuser the clients connect as. */
    public static final String USER = "events";
    private static final String SYSTEM_USER = "postgres";
    static final String INSTALL = "install Debian's package (apt-get install -y postgresql; .ci/run does)";

    private final Path folder;
    private final Path bin;
    private final boolean asPostgres;
    private final int port;
    private final String password;

    private ThrowawayPostgres(Path folder, Path bin, boolean asPostgres, int port, String password) {
        this.folder = folder;
        this.bin = bin;
        this.asPostgres = asPostgres;
        this.port = port;
        this.password = password;
    }

    /** Creates and starts a server; the caller closes it. */
    public static ThrowawayPostgres start() throws Exception {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("events-postgres",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Files.writeString(folder.resolve("password"), password + "\n", StandardCharsets.UTF_8);
        ThrowawayPostgres server = new ThrowawayPostgres(folder, bin, root, freePort(), password);
        try {
            if (root) {
                server.giveToPostgres();
            }
            server.initAndStart();
            return server;
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    /** @return a JDBC URL of a database of this server */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String password() {
        return password;
    }

    /** Creates an empty database. */
    public void createDatabase(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, password)) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    private void giveToPostgres() throws IOException {
        UserPrincipal postgres;
        try {
            postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
        } catch (IOException e) {
            throw new IllegalStateException("Run as root, PostgreSQL needs the system user '" + SYSTEM_USER
                    + "' to run as (it refuses root): " + INSTALL, e);
        }
        Files.setOwner(folder, postgres);
        Files.setOwner(folder.resolve("password"), postgres);
    }

    private void initAndStart() throws Exception {
        run(List.of(bin.resolve("initdb").toString(), "-D", data(), "-U", USER, "--pwfile="
                + folder.resolve("password"), "-A", "scram-sha-256", "-E", "UTF8", "--no-sync"));
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", folder.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + folder
                        + " -c fsync=off -c max_connections=200", "start"));
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private void run(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("postgres-command", ".log");
        try {
            // in the server's folder: the user postgres may not enter the project's
            Process process = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL: " + full + " took more than 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL did not start: " + full + " exited with "
                        + process.exitValue() + ":\n" + Files.readString(output) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() throws IOException {
        Path log = folder.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    /** @return the reason PostgreSQL cannot be started, empty when its binaries are there */
    static java.util.Optional<String> missing() {
        try {
            binaries();
            return java.util.Optional.empty();
        } catch (IOException | IllegalStateException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    /** @return the folder of initdb and pg_ctl */
    static Path binaries() throws IOException {
        String configured = System.getProperty("postgres.bin");
        if (configured != null) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve(
                        "initdb"))).sorted(Comparator.comparing(ThrowawayPostgres::version).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir,
                    "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin nor "
                + "on the PATH; " + INSTALL + ", or give its folder with -Dpostgres.bin=DIR");
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server at once (nothing in it is kept) and deletes its folder. */
    @Override
    public void close() throws Exception {
        if (Files.exists(folder.resolve("data/postmaster.pid"))) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop"));
            } catch (IllegalStateException e) {
                System.err.println("PostgreSQL: stopping the server failed: " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
