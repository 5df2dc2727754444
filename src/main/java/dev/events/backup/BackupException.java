package dev.events.backup;

/** A backup or restore refused before it did any harm: the message says why and what to do. */
public final class BackupException extends Exception {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
