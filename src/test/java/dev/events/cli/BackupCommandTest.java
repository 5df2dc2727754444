package dev.events.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.site.DemoSite;
import dev.events.testing.TestSite;
import dev.events.testing.VisibleText;

/** {@code export} and {@code restore} as an administrator runs them, and what they refuse. */
class BackupCommandTest {

    private static Path demo;
    private static Path zip;

    @TempDir
    Path folder;

    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void exportTheDemo() throws Exception {
        demo = Files.createTempDirectory("events-demo");
        try (EventsRuntime runtime = EventsRuntime.start(demo.resolve("data"), Path.of("light-modules"),
                Clock.systemUTC())) {
            runtime.get(DemoSite.class).install();
        }
        zip = demo.resolve("backup.zip");
        StringWriter output = new StringWriter();
        int code = Main.run(new PrintWriter(output, true), new PrintWriter(output, true), "export", "--data",
                demo.resolve("data").toString(), "--out", zip.toString());
        assertThat(code).as("export: %s", output).isZero();
        assertThat(output.toString()).contains("Backed up").containsPattern("author: dam \\d+ nodes, events \\d+ "
                + "nodes, tasks \\d+ nodes, users \\d+ nodes, website \\d+ nodes, \\d+ versions");
    }

    @AfterAll
    static void deleteDemo() {
        TestSite.deleteRecursively(demo);
    }

    @BeforeEach
    void clearOutput() {
        out = new StringWriter();
        err = new StringWriter();
    }

    @Test
    void aRestoredBackupRendersLikeTheOriginal() {
        Path data = folder.resolve("restored");
        assertThat(run("restore", zip.toString(), "--data", data.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored the backup of ");
        clearOutput();
        assertThat(run("render", "/events/experts-visit-to-hamamatsu", "--data", data.toString())).isZero();
        assertThat(VisibleText.of(out.toString())).contains("Expert’s visit to Hamamatsu");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedWithoutForceAndKept() throws Exception {
        Path data = folder.resolve("taken");
        Files.createDirectories(data);
        Files.writeString(data.resolve("notes.txt"), "mine");
        assertThat(run("restore", zip.toString(), "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty").contains("--force");
        assertThat(data.resolve("author")).doesNotExist();
        clearOutput();
        assertThat(run("restore", zip.toString(), "--data", data.toString(), "--force")).as(err.toString()).isZero();
        assertThat(data.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aDataFolderInUseIsRefusedEvenWithForceAndKeepsItsContent() throws Exception {
        Path data = folder.resolve("running");
        try (EventsRuntime running = EventsRuntime.start(data, Path.of("light-modules"), Clock.systemUTC())) {
            running.get(DemoSite.class).installPage();
            assertThat(run("restore", zip.toString(), "--data", data.toString(), "--force")).isEqualTo(1);
            assertThat(err.toString()).contains("in use by another process");
            clearOutput();
            assertThat(run("export", "--data", data.toString(), "--out", folder.resolve("b").toString())).isNotZero();
            assertThat(err.toString()).contains("in use by another process");
            assertThat(folder.resolve("b")).doesNotExist();
        }
        clearOutput();
        assertThat(run("render", "/events", "--data", data.toString())).as("the page installed before").isZero();
    }

    @Test
    void exportRefusesAFolderWithoutRepositoriesAndAnOutputThatExistsOrLiesInsideARepository() throws Exception {
        assertThat(run("export", "--data", folder.resolve("nothing").toString(), "--out",
                folder.resolve("b.zip").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No repositories in");
        clearOutput();
        assertThat(run("export", "--data", demo.resolve("data").toString(), "--out", zip.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        clearOutput();
        assertThat(run("export", "--data", demo.resolve("data").toString(), "--out",
                demo.resolve("data/author/backup").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is inside the author repository");
    }

    @Test
    void restoreRefusesAnIncompleteBackupAndAZipWhoseEntriesLeaveTheFolder() throws Exception {
        Path incomplete = Files.createDirectories(folder.resolve("incomplete/author"));
        assertThat(run("restore", incomplete.getParent().toString(), "--data", folder.resolve("a").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no complete backup").contains("events-backup.properties");
        clearOutput();
        Path evil = folder.resolve("evil.zip");
        writeZip(evil, "events-backup.properties", "format=1\ncreated=2020-01-01T00:00:00Z\n", "author/../../escaped",
                "outside");
        assertThat(run("restore", evil.toString(), "--data", folder.resolve("b").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("outside its folders");
        assertThat(folder.resolve("escaped")).doesNotExist();
    }

    private static void writeZip(Path zip, String... namesAndContents) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
