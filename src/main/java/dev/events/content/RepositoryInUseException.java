package dev.events.content;

import java.nio.file.Path;

import javax.jcr.RepositoryException;

/** The repository folder is held by another process, typically a running server. */
public final class RepositoryInUseException extends RepositoryException {

    /** @param name author or public */
    public RepositoryInUseException(String name, Path home, Throwable cause) {
        super("The " + name + " repository in " + home
                + " is in use by another process (is a server running on this data folder?). "
                + "Stop it, or use another --data folder.", cause);
    }

    /** @return true when Jackrabbit refused to start because its {@code .lock} file is held */
    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains(".lock") || t instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }
}
