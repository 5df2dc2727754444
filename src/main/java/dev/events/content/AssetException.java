package dev.events.content;

/** An upload was refused (type, size or an unreadable stream); nothing was written. The message is for the editor. */
public final class AssetException extends Exception {

    /** @param message what was wrong with the upload, in words an editor understands */
    public AssetException(String message) {
        super(message);
    }

    /** @param message what was wrong with the upload; {@code cause} the underlying failure */
    public AssetException(String message, Throwable cause) {
        super(message, cause);
    }
}
