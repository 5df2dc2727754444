package dev.events.content;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which events a listing keeps, in the terms the {@link EventCatalog}'s indexes answer: it starts from the
 * events of a category, or of the days asked, rather than from all of them, and checks the rest on those only.
 *
 * @param category an event must have exactly this category; empty: any
 * @param anyOf    an event must have one of these categories; empty: any
 * @param from     an event must have a day (in its own zone) from this day on, or null; with {@code to}
 * @param to       ... up to this day inclusive, or null
 * @param rest     anything else an event must pass, or null
 */
public record CatalogFilter(String category, List<String> anyOf, LocalDate from, LocalDate to,
        Predicate<CatalogEntry> rest) implements Predicate<CatalogEntry> {

    /** Every event. */
    public static final CatalogFilter ALL = new CatalogFilter("", List.of(), null, null, null);

    public CatalogFilter {
        anyOf = List.copyOf(anyOf);
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to go together");
        }
    }

    /** @return the events with exactly this category */
    public static CatalogFilter category(String category) {
        return new CatalogFilter(category, List.of(), null, null, null);
    }

    /** @return the events passing this test, which the catalog cannot use to narrow its search */
    public static CatalogFilter of(Predicate<CatalogEntry> test) {
        return new CatalogFilter("", List.of(), null, null, test);
    }

    @Override
    public boolean test(CatalogEntry entry) {
        return (category.isEmpty() || entry.categories().contains(category))
                && (anyOf.isEmpty() || entry.categories().stream().anyMatch(anyOf::contains))
                && (from == null || entry.touches(from, to))
                && (rest == null || rest.test(entry));
    }

    /** @return true when an index of the category (or of all events) holds exactly the events kept */
    boolean indexed() {
        return from == null && rest == null && (category.isEmpty() || anyOf.isEmpty()) && anyOf.size() <= 1;
    }
}
