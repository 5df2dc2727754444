package dev.events.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The locks of a data folder's repositories, taken as Jackrabbit takes them: a file lock on {@code .lock} in each
 * repository's home, which a running repository holds as long as it is open. Holding them, backup and restore
 * work on files no server writes, and a server started meanwhile refuses to start ("in use").
 */
final class RepositoryLocks implements AutoCloseable {

    static final String LOCK_FILE = ".lock";

    private final List<Held> held = new ArrayList<>();

    private RepositoryLocks() {
    }

    /** One lock: its file, whether it was there before, the channel and the lock. */
    private record Held(Path file, boolean existed, FileChannel channel, FileLock lock) {
    }

    /**
     * Takes the lock of each repository home, creating the homes when absent.
     *
     * @throws BackupException naming the repository in use when any lock is held by a process
     */
    static RepositoryLocks take(DataFolder folder) throws BackupException, IOException {
        RepositoryLocks locks = new RepositoryLocks();
        try {
            for (String name : DataFolder.REPOSITORIES) {
                locks.take(name, folder.repository(name));
            }
            return locks;
        } catch (BackupException | IOException | RuntimeException e) {
            locks.close();
            throw e;
        }
    }

    private void take(String name, Path home) throws BackupException, IOException {
        Path file = home.resolve(LOCK_FILE);
        Files.createDirectories(home);
        boolean existed = Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new BackupException("The " + name + " repository in " + home + " is in use by another process "
                    + "(is a server running on this data folder?). Stop it first.");
        }
        held.add(new Held(file, existed, channel, lock));
    }

    /** Releases the locks, deleting the lock files this process created, as Jackrabbit does when it closes. */
    @Override
    public void close() throws IOException {
        for (Held h : held) {
            h.lock().release();
            h.channel().close();
            if (!h.existed()) {
                Files.deleteIfExists(h.file());
            }
        }
        held.clear();
    }
}
