package dev.events.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.site.DemoSite;
import dev.events.testing.VisibleText;

/** The commands as a user runs them: exit codes, output and messages. */
class CommandLineTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void renderPrintsTheHtmlAVisitorGetsAtTheGivenTime() throws Exception {
        installDemo();
        int code = run("render", "/fr/events?sort=upcoming", "--data", data.toString(),
                "--now", "2017-09-15T12:00:00+02:00");
        assertThat(code).isEqualTo(0);
        assertThat(VisibleText.of(out.toString())).startsWith("Événements Expert’s visit to Hamamatsu 5-6 octobre 2017")
                .contains("28-29 novembre 2017 Lisbon, Portugal").doesNotContain("Patras");
    }

    @Test
    void renderOfAnUnknownEventPrintsThe404PageAndFails() throws Exception {
        installDemo();
        assertThat(run("render", "/events/nothing", "--data", data.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Page not found");
        assertThat(err.toString()).contains("/events/nothing answers HTTP 404");
    }

    @Test
    void importOfAnInvalidFileNamesTheEventAndFieldAndWritesNothing() throws Exception {
        Path file = data.resolve("bad.json");
        Files.writeString(file, "{\"events\": [{\"name\": \"a\", \"title\": \"A\", \"startDate\": \"2030-01-01\", "
                + "\"timeZone\": \"UTC\"}, {\"name\": \"b\", \"title\": \"B\", \"startDate\": \"soon\", "
                + "\"timeZone\": \"UTC\"}]}");
        assertThat(run("import", file.toString(), "--data", data.resolve("repo").toString(), "--publish")).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing imported").contains("event #2 'b': field 'startDate': not a date");
        assertThat(run("render", "/events/a", "--data", data.resolve("repo").toString())).isEqualTo(1);
    }

    @Test
    void aCommandOnTheDataOfARunningServerSaysSoAndFails() throws Exception {
        try (EventsRuntime running = EventsRuntime.start(data, Path.of("light-modules"), Clock.systemUTC())) {
            int code = run("render", "/events", "--data", data.toString());
            assertThat(code).isNotZero();
            assertThat(err.toString()).contains("in use by another process");
        }
    }

    @Test
    void brokenDefinitionsStopTheStartNamingFileLineAndKey() {
        int code = run("render", "/events", "--data", data.toString(),
                "--light-modules", "src/test/resources/definition/unknown-key");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).containsPattern("ERROR shop/[\\w/.-]+\\.yaml:\\d+ \\[[\\w.]+\\]: unknown key");
        assertThat(data.resolve("author")).doesNotExist();
    }

    @Test
    void aBadNowOptionIsRefusedWithItsName() {
        assertThat(run("render", "/events", "--data", data.toString(), "--now", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--now must be an ISO-8601 time");
    }

    private void installDemo() throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, Path.of("light-modules"), Clock.systemUTC())) {
            runtime.get(DemoSite.class).install();
        }
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
