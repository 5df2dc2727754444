package dev.events.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.security.Role;
import dev.events.security.User;
import dev.events.security.UserException;
import dev.events.security.UserStore;

/** {@code user add NAME --role ROLE --password-stdin}: adds a user; the password comes from standard input only. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a user of the author instance; the password is the first line of standard input.")
final class UserAddCommand implements Callable<Integer> {

    private static final String VALID_ROLES = Arrays.stream(Role.values()).map(Role::value)
            .collect(Collectors.joining(", "));

    @Spec
    CommandSpec spec;

    @ParentCommand
    UserCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "NAME", description = "2-32 of a-z 0-9 . _ -, starting with a letter or digit")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "editor, publisher or admin; may be repeated")
    List<String> roles = List.of();

    @Option(names = "--password-stdin", description = "Read the password (at least 10 characters) from the first "
            + "line of standard input. Required: a password on the command line would show in the process list.")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
        Optional<String> refused = refusal();
        if (refused.isPresent()) {
            return fail(refused.get());
        }
        char[] password = PasswordInput.readLine(parent.main.in());
        if (password == null) {
            return fail("no password on standard input (one line, at most " + PasswordInput.MAX_LENGTH
                    + " characters)");
        }
        try {
            return add(password);
        } catch (UserException e) {
            return fail(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private int add(char[] password) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(common.data, common.lightModules(),
                Clock.systemDefaultZone())) {
            User user = runtime.get(UserStore.class).add(name, roles(), password, "admin");
            spec.commandLine().getOut().println("Added user " + user.name() + " (" + describe(user.roles()) + ")");
            return 0;
        }
    }

    private Optional<String> refusal() {
        if (!passwordStdin) {
            return Optional.of("--password-stdin is required: the password is read from standard input, "
                    + "never from the command line");
        }
        if (roles.isEmpty()) {
            return Optional.of("give at least one --role: " + VALID_ROLES);
        }
        return roles.stream().filter(r -> Role.of(r).isEmpty()).findFirst()
                .map(r -> "unknown role '" + r + "'; the roles are " + VALID_ROLES);
    }

    private Set<Role> roles() {
        return roles.stream().map(r -> Role.of(r).orElseThrow()).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Role.class)));
    }

    private static String describe(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::value).collect(Collectors.joining(", "));
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("events user add: " + message);
        return 1;
    }
}
