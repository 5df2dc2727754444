package dev.events.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;

import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;

/**
 * The event-filter component: facets over the published events (within the component's scope) for the
 * {@link EventQuery} parameters, which the event-list of the same page reads.
 */
final class EventFilters {

    private static final int DEFAULT_MAX_VALUES = 24;
    private static final int MAX_VALUES = 200;
    /** Parameters the full-text form sends again besides the filters: the list's order. */
    private static final List<String> KEPT = List.of("sort");

    private final EventCatalog catalog;
    private final FullText fullText;
    private final FilterFacets facets;
    private final PageLinks links;
    private final Instant now;

    EventFilters(EventCatalog catalog, FullText fullText, FilterFacets facets, PageLinks links, Instant now) {
        this.catalog = catalog;
        this.fullText = fullText;
        this.facets = facets;
        this.links = links;
        this.now = now;
    }

    EventFilterModel filter(Map<String, Object> component, Map<String, ?> parameters) throws RepositoryException {
        ComponentValues values = new ComponentValues(component);
        EventQuery query = EventQuery.of(parameters);
        QueryMatch match = fullText.match(query);
        ListScope scope = ListScope.of(values, now);
        List<CatalogEntry> events = catalog.byStart().stream().filter(scope).toList();
        int max = values.number(EventFilterProperties.MAX_VALUES, DEFAULT_MAX_VALUES, MAX_VALUES);
        return new EventFilterModel(values.text(EventFilterProperties.TITLE),
                facets.categories(events, match.without(EventQuery.CATEGORY), query.category(), max),
                facets.months(events, match.without(EventQuery.MONTH), query.month(), max),
                facets.places(events, match.without(EventQuery.PLACE), query.place(), max), query.text(),
                hidden(query, parameters), (int) events.stream().filter(match).count(), !query.isEmpty(),
                links.with(cleared()));
    }

    /** @return the filters but the text, and the list's order, for the full-text form to send again */
    private static List<EventFilterModel.Hidden> hidden(EventQuery query, Map<String, ?> parameters) {
        List<EventFilterModel.Hidden> hidden = new ArrayList<>();
        query.asParameters().forEach((name, value) -> {
            if (!name.equals(EventQuery.TEXT)) {
                hidden.add(new EventFilterModel.Hidden(name, value));
            }
        });
        KEPT.stream().filter(name -> !EventQuery.first(parameters, name).isEmpty())
                .forEach(name -> hidden.add(new EventFilterModel.Hidden(name, EventQuery.first(parameters, name))));
        return hidden;
    }

    private static Map<String, String> cleared() {
        Map<String, String> cleared = new LinkedHashMap<>();
        EventQuery.PARAMETERS.forEach(name -> cleared.put(name, ""));
        return cleared;
    }
}
