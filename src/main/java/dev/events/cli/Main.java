package dev.events.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar events.jar COMMAND}: the entry point. */
@Command(name = "events", mixinStandardHelpOptions = true, version = "events 0.1.0",
        description = "An events CMS: a Magnolia light module and the runtime that serves it.",
        subcommands = {ServeCommand.class, ImportCommand.class, RenderCommand.class, UserCommand.class,
                ExportCommand.class, RestoreCommand.class, BenchCommand.class})
public final class Main {

    private final InputStream in;

    private Main(InputStream in) {
        this.in = in;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs a command with no standard input. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /** @return the exit code: 0 done, 1 refused input, 2 failure, as picocli reports usage errors with 2 */
    static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main(in)).setOut(out).setErr(err).setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("events: " + Failures.describe(e));
            return 2;
        }).execute(args);
    }

    /** @return the standard input of the commands */
    InputStream in() {
        return in;
    }
}
