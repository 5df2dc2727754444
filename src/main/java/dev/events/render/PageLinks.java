package dev.events.render;

/** Builds the URL of another page of the current listing, keeping the request's other parameters. */
@FunctionalInterface
public interface PageLinks {

    /** @return the URL of page {@code page} (the first page has no {@code page} parameter) */
    String page(int page);
}
