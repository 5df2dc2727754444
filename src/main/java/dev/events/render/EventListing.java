package dev.events.render;

import java.util.List;

/**
 * One page of an event-list component, ready for its template.
 *
 * @param items        the events on the page
 * @param page         the 1-based page number
 * @param pageCount    how many pages there are
 * @param total        how many events the listing has
 * @param previousHref the link to the previous page, or empty on the first
 * @param nextHref     the link to the next page, or empty on the last
 */
public record EventListing(List<EventView> items, int page, int pageCount, int total, String previousHref,
        String nextHref) {
}
