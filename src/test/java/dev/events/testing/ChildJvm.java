package dev.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a separate JVM on the test class path, for tests that kill it as a crash would:
 * {@link #kill()} is {@link Process#destroyForcibly()}, which on Linux sends {@code SIGKILL} ({@code kill -9}: no
 * shutdown hook, no finally block, no flush), as the exit code 137 = 128 + 9 shows. Standard error goes to a log
 * file; standard output is a pipe the test reads (or leaves alone when the child writes little to it).
 */
public final class ChildJvm implements AutoCloseable {

    /** The exit code of a process killed by signal 9. */
    public static final int KILLED = 128 + 9;
    /** A small heap and the quick compiler: the child starts fast and several run on two shared cores. */
    private static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param log       where the child's standard error goes
     * @param mainClass the class whose {@code main} runs
     */
    public static ChildJvm start(Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(OPTIONS);
        command.addAll(List.of("-cp", classPath(), mainClass));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(log.toFile()).start(), log);
    }

    /** @return the child's standard output */
    public InputStream output() {
        return process.getInputStream();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return the exit code of a child that ended, or -1 while it runs */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /**
     * Kills the child with {@code SIGKILL} and waits until it is gone.
     *
     * @return its exit code: {@link #KILLED} when the signal killed it, another one when it had ended before
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child " + process.pid() + " outlived SIGKILL by 30 s");
        }
        return process.exitValue();
    }

    /**
     * @return the log file and its last 40 lines, for failure messages; of a stack trace, the messages and the first
     *         three frames below each
     */
    public String tail() {
        try {
            List<String> lines = new ArrayList<>();
            int frames = 0;
            for (String line : Files.exists(log) ? Files.readAllLines(log) : List.<String>of()) {
                frames = line.startsWith("\tat ") ? frames + 1 : 0;
                if (frames <= 3) {
                    lines.add(line);
                }
            }
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return log + " unreadable: " + e;
        }
    }

    /** @return the whole log */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** @return the test class path: Surefire's own, when it starts the tests from a manifest-only jar */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
