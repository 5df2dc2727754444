package dev.events.render;

/** What a URL names does not exist (an unknown event, a page past the end); the site answers 404. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
