package dev.events.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code user}: manages the users of the author instance. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the users of the author instance.",
        subcommands = UserAddCommand.class)
final class UserCommand {

    @ParentCommand
    Main main;
}
