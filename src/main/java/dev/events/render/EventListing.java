package dev.events.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;

import dev.events.content.EventCatalog;
import dev.events.content.EventPage;
import dev.events.content.SortOrder;

/**
 * The event-list component: the component's events (its {@link ListScope}) that match the visitor's
 * {@link EventQuery}, in the component's order or {@code ?sort=}, one {@code ?page=} at a time.
 */
final class EventListing {

    static final int DEFAULT_MAX_ITEMS = 10;
    static final int DEFAULT_TEASER_LENGTH = 300;
    private static final int MAX_ITEMS = 100;
    private static final int MAX_TEASER_LENGTH = 10_000;
    private static final int MAX_PAGE = 100_000;

    private final EventCatalog catalog;
    private final EventLoader loader;
    private final FullText fullText;
    private final PageLinks links;
    private final Instant now;

    EventListing(EventCatalog catalog, EventLoader loader, FullText fullText, PageLinks links, Instant now) {
        this.catalog = catalog;
        this.loader = loader;
        this.fullText = fullText;
        this.links = links;
        this.now = now;
    }

    EventListModel listing(Map<String, Object> component, Map<String, ?> parameters) throws RepositoryException {
        ComponentValues values = new ComponentValues(component);
        SortOrder order = order(EventQuery.first(parameters, "sort"), values);
        int pageNumber = pageNumber(EventQuery.first(parameters, "page"));
        EventQuery query = EventQuery.of(parameters);
        int size = values.number(EventListProperties.MAX_ITEMS, DEFAULT_MAX_ITEMS, MAX_ITEMS);
        boolean paging = values.flag(EventListProperties.PAGING, true);
        EventPage result = catalog.list(order, now, ListScope.of(values, now).filter(fullText.match(query)),
                paging ? pageNumber : 1, size);
        int pageCount = paging ? result.pageCount() : 1;
        if (pageNumber > pageCount) {
            throw new NotFoundException("The listing has " + pageCount + " page(s), not " + pageNumber);
        }
        List<EventView> items = loader.views(result.items(),
                values.number(EventListProperties.TEASER_LENGTH, DEFAULT_TEASER_LENGTH, MAX_TEASER_LENGTH));
        return new EventListModel(items, pageNumber, pageCount, result.total(),
                paging && result.hasPrevious() ? links.page(pageNumber - 1) : "",
                paging && result.hasNext() ? links.page(pageNumber + 1) : "",
                values.flag(EventListProperties.SHOW_IMAGES, false), !query.isEmpty());
    }

    private static SortOrder order(String sort, ComponentValues values) {
        if (!sort.isEmpty()) {
            return SortOrder.of(sort).orElseThrow(() -> new InvalidParameterException("sort",
                    "must be one of upcoming-first, upcoming, past, published"));
        }
        return SortOrder.of(values.text(EventListProperties.SORT_ORDER)).orElse(SortOrder.UPCOMING_FIRST);
    }

    private static int pageNumber(String page) {
        if (page.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page);
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("page", "must be a whole number from 1 to " + MAX_PAGE);
    }
}
