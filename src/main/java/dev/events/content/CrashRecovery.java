package dev.events.content;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs what a crash ({@code kill -9}, power loss) leaves before Jackrabbit opens a repository. First, the Derby
 * databases whose creation a crash interrupted. Jackrabbit creates a workspace's database the
 * first time the workspace is used, and Derby writes {@code service.properties} last: a {@code kill -9} before that
 * leaves a folder Derby refuses to boot ever after ("Perhaps Derby was brought down in the middle of creating this
 * database"), and the workspace with it. Such a folder holds nothing: nothing is written to a database before its
 * creation ends. Deleting it lets Jackrabbit create the database again. This runs while holding the repository's
 * lock, as Jackrabbit takes it, so that it never touches the databases of a process that has the repository open.
 * After an unclean shutdown it also removes the search indexes, which Jackrabbit then rebuilds
 * ({@link #removeSearchIndexes}).
 */
final class CrashRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);
    private static final String LOCK = ".lock";

    private CrashRecovery() {
    }

    /**
     * @param name a label for messages: author or public
     * @throws RepositoryInUseException when another process holds the repository
     */
    static void recover(String name, Path home) throws RepositoryException, IOException {
        Path lockFile = home.resolve(LOCK);
        boolean existed = Files.exists(lockFile);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new RepositoryInUseException(name, home, new IOException(lockFile + " is locked"));
            }
            try {
                for (Path database : unfinished(home)) {
                    LOG.warn("Removing the {} database {}: its creation was interrupted (no service.properties)",
                            name, database);
                    delete(database);
                }
                if (existed) {
                    removeSearchIndexes(name, home);
                }
            } finally {
                lock.release();
            }
        } finally {
            if (!existed) {
                Files.deleteIfExists(lockFile);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /** @return the database folders of the repository ({@code version/db}, {@code workspaces/NAME/db}) left unfinished */
    static List<Path> unfinished(Path home) throws IOException {
        List<Path> databases = new ArrayList<>(List.of(home.resolve("version/db")));
        if (Files.isDirectory(home.resolve("workspaces"))) {
            try (Stream<Path> workspaces = Files.list(home.resolve("workspaces"))) {
                workspaces.map(w -> w.resolve("db")).forEach(databases::add);
            }
        }
        return databases.stream().filter(Files::isDirectory).filter(db -> !Files.exists(db.resolve(
                "service.properties")) && !Files.exists(db.resolve("service.propertiesold"))).toList();
    }

    /**
     * After an unclean shutdown (Jackrabbit's {@code .lock} file left behind), removes every workspace's search
     * index so that Jackrabbit builds it again from the databases. Jackrabbit indexes a save after its database
     * commit: a process killed between the two leaves saved nodes missing from the index, and a missing folder
     * hides every event below it from queries (lookups by name, searches, the delivery API) for good. The
     * databases are the truth; rebuilding costs time at the next start only after a crash.
     */
    private static void removeSearchIndexes(String name, Path home) throws IOException {
        for (Path index : searchIndexes(home)) {
            LOG.warn("The {} repository was not shut down properly: rebuilding the search index {}", name, index);
            delete(index);
        }
    }

    /** @return the search index folders of the repository's workspaces */
    static List<Path> searchIndexes(Path home) throws IOException {
        if (!Files.isDirectory(home.resolve("workspaces"))) {
            return List.of();
        }
        try (Stream<Path> workspaces = Files.list(home.resolve("workspaces"))) {
            return workspaces.map(w -> w.resolve("index")).filter(Files::isDirectory).toList();
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
