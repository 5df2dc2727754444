package dev.events.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar events.jar COMMAND}: the entry point. */
@Command(name = "events", mixinStandardHelpOptions = true, version = "events 0.1.0",
        description = "An events CMS: a Magnolia light module and the runtime that serves it.",
        subcommands = {ServeCommand.class, ImportCommand.class, RenderCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** @return the exit code */
    static int run(String... args) {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("events: " + Failures.describe(e));
            return 2;
        }).execute(args);
    }
}
