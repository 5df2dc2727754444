package dev.events.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;

import dev.events.content.CatalogEntry;
import dev.events.content.CatalogFilter;
import dev.events.content.EventCatalog;
import dev.events.content.SortOrder;

/**
 * The event-teaser component: one chosen event, or the next events (not over yet, by start) of a category. An
 * unpublished chosen event counts as none.
 */
final class EventTeasers {

    private static final int MAX_COUNT = 20;

    private final EventCatalog catalog;
    private final EventLoader loader;
    private final Instant now;

    EventTeasers(EventCatalog catalog, EventLoader loader, Instant now) {
        this.catalog = catalog;
        this.loader = loader;
        this.now = now;
    }

    EventTeaserModel teaser(Map<String, Object> component) throws RepositoryException {
        ComponentValues values = new ComponentValues(component);
        String chosen = values.text(EventTeaserProperties.EVENT);
        List<EventView> items = chosen.isEmpty() ? next(values)
                : loader.view(chosen, EventListing.DEFAULT_TEASER_LENGTH).map(List::of).orElse(List.of());
        return EventTeaserModel.of(values.text(EventTeaserProperties.TITLE), items,
                values.text(EventTeaserProperties.EMPTY_TEXT));
    }

    private List<EventView> next(ComponentValues values) throws RepositoryException {
        String category = values.text(EventTeaserProperties.CATEGORY);
        List<CatalogEntry> next = catalog.list(SortOrder.UPCOMING, now, CatalogFilter.category(category), 1,
                values.number(EventTeaserProperties.COUNT, 1, MAX_COUNT)).items();
        return loader.views(next, EventListing.DEFAULT_TEASER_LENGTH);
    }
}
