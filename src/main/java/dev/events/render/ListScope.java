package dev.events.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import dev.events.content.CatalogEntry;
import dev.events.content.CatalogFilter;

/**
 * The events a component is configured to show, before any visitor's filter: the dialog's categories (any of
 * them), place, and whether ongoing and past events count. Fields a dialog does not have keep their defaults.
 *
 * @param categories     the categories, any of which an event must have; none: every category
 * @param place          a country code or city; empty: everywhere
 * @param includeOngoing whether events that have started and are not over count
 * @param includePast    whether events that are over count
 * @param now            the time of the request
 */
record ListScope(List<String> categories, String place, boolean includeOngoing, boolean includePast, Instant now)
        implements Predicate<CatalogEntry> {

    /** @return the scope a component's dialog configured */
    static ListScope of(ComponentValues values, Instant now) {
        return new ListScope(values.texts(EventListProperties.CATEGORIES), values.text(EventListProperties.PLACE),
                values.flag(EventListProperties.INCLUDE_ONGOING, true),
                values.flag(EventListProperties.INCLUDE_PAST, true), now);
    }

    /**
     * @return this scope and a visitor's filters as the catalog takes them: its category indexes and the days
     *         asked narrow the search, and only what they do not decide is tested event by event
     */
    CatalogFilter filter(QueryMatch match) {
        EventQuery query = match.query();
        LocalDate day = query.day();
        LocalDate from = day != null ? day : query.month() != null ? query.month().atDay(1) : null;
        LocalDate to = day != null ? day : query.month() != null ? query.month().atEndOfMonth() : null;
        boolean plainScope = place.isEmpty() && includeOngoing && includePast;
        boolean decided = query.place().isEmpty() && match.textMatches() == null
                && (day == null || query.month() == null);
        return new CatalogFilter(query.category(), categories, from, to,
                plainScope && decided ? null : this.and(match));
    }

    @Override
    public boolean test(CatalogEntry entry) {
        return (categories.isEmpty() || entry.categories().stream().anyMatch(categories::contains))
                && (place.isEmpty() || entry.isIn(place))
                && (includeOngoing || !entry.ongoingAt(now))
                && (includePast || entry.notEndedAt(now));
    }
}
