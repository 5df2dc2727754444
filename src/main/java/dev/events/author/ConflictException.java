package dev.events.author;

/** Someone else saved the event since the author opened it; nothing was written. */
public final class ConflictException extends Exception {

    /**
     * @param by who saved in between
     * @param at when, as shown to the author
     */
    public ConflictException(String by, String at) {
        super("Changed by " + by + " at " + at + " — reload to see their change");
    }
}
