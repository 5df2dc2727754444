package dev.events.render;

import java.util.Set;
import java.util.function.Predicate;

import dev.events.content.CatalogEntry;

/**
 * Whether a published event matches an {@link EventQuery}: every filter that has a value must hold (AND).
 *
 * @param query       the filters
 * @param textMatches the identifiers of the events holding the query's words, or null when it has no text
 */
record QueryMatch(EventQuery query, Set<String> textMatches) implements Predicate<CatalogEntry> {

    @Override
    public boolean test(CatalogEntry entry) {
        return (query.category().isEmpty() || entry.categories().contains(query.category()))
                && (query.place().isEmpty() || entry.isIn(query.place()))
                && (query.month() == null || entry.touches(query.month().atDay(1), query.month().atEndOfMonth()))
                && (query.day() == null || entry.touches(query.day(), query.day()))
                && (textMatches == null || textMatches.contains(entry.id()));
    }

    /** @return the same match without one parameter's filter; the full-text result is reused */
    QueryMatch without(String parameter) {
        return new QueryMatch(query.without(parameter), EventQuery.TEXT.equals(parameter) ? null : textMatches);
    }
}
