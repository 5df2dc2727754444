package dev.events.render;

import java.util.List;

/**
 * The model of the event-list component: one page of events, ready for its template.
 *
 * @param items        the events on the page
 * @param page         the 1-based page number
 * @param pageCount    how many pages there are (1 when the list has no paging)
 * @param total        how many events the listing has
 * @param previousHref the link to the previous page, or empty on the first
 * @param nextHref     the link to the next page, or empty on the last
 * @param showImages   whether each event shows its image
 * @param filtered     whether the visitor filtered the list (see {@link EventQuery}), for the empty message
 */
public record EventListModel(List<EventView> items, int page, int pageCount, int total, String previousHref,
        String nextHref, boolean showImages, boolean filtered) {
}
