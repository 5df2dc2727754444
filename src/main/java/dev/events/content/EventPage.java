package dev.events.content;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items     the entries on this page
 * @param page      the 1-based page number
 * @param pageCount how many pages the listing has (at least 1)
 * @param total     how many events the listing has in all
 */
public record EventPage(List<CatalogEntry> items, int page, int pageCount, int total) {

    /** @return true when a later page exists */
    public boolean hasNext() {
        return page < pageCount;
    }

    /** @return true when an earlier page exists */
    public boolean hasPrevious() {
        return page > 1;
    }
}
