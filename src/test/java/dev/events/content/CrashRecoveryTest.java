package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash between a save's database commit and its indexing leaves saved nodes out of the search index; ServerKillTest
 * found an event folder missing from it, which hid every event below from lookups by name for good. Here the stale
 * index is made by hand: the index of an earlier moment is put back under a repository that holds more.
 */
class CrashRecoveryTest {

    @TempDir
    Path home;

    @Test
    void afterAnUncleanShutdownTheSearchIndexIsRebuiltFromTheDatabases() throws Exception {
        Path index = home.resolve("workspaces").resolve(Workspaces.EVENTS).resolve("index");
        Path earlier = home.resolveSibling(home.getFileName() + "-index");
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            save(repository, "2017", "indexed-before");
        }
        copy(index, earlier);
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            save(repository, "2018", "saved-after");
        }
        replace(index, earlier);
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            assertThat(findsByName(repository, "saved-after")).as("a clean start trusts its index").isFalse();
        }
        replace(index, earlier);
        Files.createFile(home.resolve(".lock"));

        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            assertThat(findsByName(repository, "saved-after")).isTrue();
            assertThat(findsByName(repository, "indexed-before")).isTrue();
        }
        assertThat(home.resolve(".lock")).doesNotExist();
    }

    @Test
    void aCleanShutdownKeepsTheSearchIndex() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            save(repository, "2017", "kept");
        }
        Path marker = home.resolve("workspaces").resolve(Workspaces.EVENTS).resolve("index").resolve("marker");
        Files.createFile(marker);
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            assertThat(findsByName(repository, "kept")).isTrue();
        }
        assertThat(marker).as("the index folder was not removed").exists();
    }

    private static void save(EmbeddedRepository repository, String folder, String name) throws Exception {
        Session events = repository.login(Workspaces.EVENTS);
        try {
            events.getRootNode().addNode(folder, NodeTypes.FOLDER).addNode(name, NodeTypes.CONTENT);
            events.save();
        } finally {
            events.logout();
        }
    }

    private static boolean findsByName(EmbeddedRepository repository, String name) throws Exception {
        Session events = repository.login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(events, name).isPresent();
        } finally {
            events.logout();
        }
    }

    private static void replace(Path target, Path source) throws IOException {
        delete(target);
        copy(source, target);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
