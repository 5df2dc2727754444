package dev.events.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A data folder as backup and restore see it: its two repositories, whether it is empty, its files. */
final class DataFolder {

    /** The repositories of a data folder, as {@link dev.events.content.Repositories} names them. */
    static final List<String> REPOSITORIES = List.of("author", "public");
    private final Path folder;

    DataFolder(Path folder) {
        this.folder = folder;
    }

    Path repository(String name) {
        return folder.resolve(name);
    }

    /** @return whether the folder holds a repository (so that a backup of it means something) */
    boolean hasRepositories() {
        return REPOSITORIES.stream().anyMatch(r -> Files.isDirectory(repository(r)));
    }

    /** @return whether the folder is absent or holds nothing at all */
    boolean isEmpty() throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Copies the repositories into {@code target} ({@code target/author}, {@code target/public}) while holding
     * their locks, so that no server writes them meanwhile: the copy is what a clean shutdown or a crash left, which
     * Jackrabbit and Derby open as they would the original.
     *
     * @throws BackupException when a process has the repositories open
     */
    void copyRepositoriesTo(Path target) throws BackupException, IOException {
        try (RepositoryLocks locks = RepositoryLocks.take(this)) {
            for (String name : REPOSITORIES) {
                copyTree(repository(name), target.resolve(name));
            }
        }
    }

    /** Copies every file below {@code from} to the same place below {@code to}, lock files left out. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals(RepositoryLocks.LOCK_FILE)) {
                    continue;
                }
                Path destination = to.resolve(from.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination);
            }
        }
    }

    /** Deletes everything in a repository's home but its lock file, which the caller holds. */
    static void clear(Path home) throws IOException {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!file.equals(home) && !file.equals(home.resolve(RepositoryLocks.LOCK_FILE))) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; a folder that is gone already is fine. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
