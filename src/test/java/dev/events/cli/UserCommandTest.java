package dev.events.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.security.Role;
import dev.events.security.User;
import dev.events.security.UserStore;

/** {@code user add NAME --role ROLE --password-stdin} as an administrator runs it. */
class UserCommandTest {

    private static final String PASSWORD = "s3cret enough";

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aUserAddedWithThePasswordOnStandardInputCanLogIn() throws Exception {
        int code = run(PASSWORD + "\n", "user", "add", "eric", "--role", "publisher", "--role", "editor",
                "--password-stdin", "--data", data.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualToIgnoringNewLines("Added user eric (editor, publisher)");
        try (EventsRuntime runtime = EventsRuntime.start(data, Path.of("light-modules"), Clock.systemUTC())) {
            UserStore users = runtime.get(UserStore.class);
            assertThat(users.authenticate("eric", PASSWORD.toCharArray()))
                    .contains(new User("eric", Set.of(Role.EDITOR, Role.PUBLISHER)));
            assertThat(users.authenticate("eric", (PASSWORD + "\n").toCharArray())).isEmpty();
        }
    }

    @Test
    void aWindowsLineEndIsNotPartOfThePassword() throws Exception {
        assertThat(run(PASSWORD + "\r\nmore", "user", "add", "eric", "--role", "admin", "--password-stdin",
                "--data", data.toString())).isZero();
        try (EventsRuntime runtime = EventsRuntime.start(data, Path.of("light-modules"), Clock.systemUTC())) {
            assertThat(runtime.get(UserStore.class).authenticate("eric", PASSWORD.toCharArray())).isPresent();
        }
    }

    @Test
    void withoutPasswordStdinTheCommandSaysWhyAndFails() {
        int code = run(PASSWORD + "\n", "user", "add", "eric", "--role", "editor", "--data", data.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--password-stdin is required");
        assertThat(data.resolve("author")).doesNotExist();
    }

    @Test
    void aBadRoleNamesTheValidOnes() {
        int code = run(PASSWORD + "\n", "user", "add", "eric", "--role", "author", "--password-stdin",
                "--data", data.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("unknown role 'author'").contains("editor, publisher, admin");
    }

    @Test
    void noRoleIsRefused() {
        assertThat(run(PASSWORD + "\n", "user", "add", "eric", "--password-stdin", "--data", data.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("at least one --role");
    }

    @Test
    void emptyStandardInputIsRefused() {
        assertThat(run("", "user", "add", "eric", "--role", "editor", "--password-stdin",
                "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no password on standard input");
    }

    @Test
    void aTakenNameOrAShortPasswordIsRefusedWithTheReason() {
        String[] add = {"user", "add", "eric", "--role", "editor", "--password-stdin", "--data", data.toString()};
        assertThat(run("short\n", add)).isEqualTo(1);
        assertThat(err.toString()).contains("events user add: A password must have at least 10 characters");
        assertThat(run(PASSWORD + "\n", add)).isZero();
        assertThat(run("another password\n", add)).isEqualTo(1);
        assertThat(err.toString()).contains("events user add: A user named 'eric' exists already");
    }

    private int run(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return Main.run(in, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
