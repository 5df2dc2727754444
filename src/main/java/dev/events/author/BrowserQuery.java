package dev.events.author;

import dev.events.content.PublicationStatus;

/**
 * What the events browser shows: filters, order and page.
 *
 * @param text     full-text words, or empty
 * @param category a category the events must have, or empty
 * @param status   the publication status they must have, or null for any
 * @param folder   the folder they must be in, or empty for all
 * @param byTitle  true to order by title, false by start date (newest first)
 * @param page     the 1-based page
 */
public record BrowserQuery(String text, String category, PublicationStatus status, String folder, boolean byTitle,
        int page) {

    /** Events per page of the browser. */
    public static final int PAGE_SIZE = 25;
}
