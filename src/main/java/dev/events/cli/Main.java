package dev.events.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar events.jar COMMAND}: the entry point. */
@Command(name = "events", mixinStandardHelpOptions = true, version = "events 0.1.0",
        description = "An events CMS: a Magnolia light module and the runtime that serves it.",
        subcommands = {ServeCommand.class, ImportCommand.class, RenderCommand.class})
public final class Main {

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** @return the exit code: 0 done, 1 refused input, 2 failure, as picocli reports usage errors with 2 */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err).setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("events: " + Failures.describe(e));
            return 2;
        }).execute(args);
    }
}
