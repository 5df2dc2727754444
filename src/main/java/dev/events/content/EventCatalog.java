package dev.events.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import javax.jcr.RepositoryException;

/**
 * The published events of one {@code events} workspace, in memory, answering listings, calendars and filter
 * facets without repository sorting or filtering (JCR-SQL2 {@code ORDER BY} takes seconds at 100,000 events).
 * Listings are answered from indexes sorted by start ({@link CatalogIndex}): a page of all events, or of one
 * category's, costs a binary search and the page, whatever the number of events; the events of a month or a day
 * are found the same way before any other filter. Loaded on first use and again after {@link #invalidate()},
 * which publication calls. Needs only {@code javax.jcr} and the JDK.
 */
public final class EventCatalog {

    private final SessionSource sessions;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** Every event, and the events of each category (indexed on first use). */
    private record Snapshot(CatalogIndex all, Set<String> categories, Map<String, CatalogIndex> byCategory) {

        CatalogIndex category(String category) {
            if (!categories.contains(category)) {
                return CatalogIndex.ofSorted(List.of());
            }
            return byCategory.computeIfAbsent(category, c -> CatalogIndex.filtered(all.byStart(),
                    e -> e.categories().contains(c)));
        }
    }

    /** @param sessions opens sessions on the workspace to index (the public {@code events} workspace) */
    public EventCatalog(SessionSource sessions) {
        this.sessions = sessions;
    }

    /** Forgets the loaded entries; the next listing reads the workspace again. */
    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /**
     * @param page     1-based page number
     * @param pageSize items per page, at least 1
     * @return the page; a page past the end is empty
     */
    public EventPage list(SortOrder order, Instant now, int page, int pageSize) throws RepositoryException {
        return list(order, now, CatalogFilter.ALL, page, pageSize);
    }

    /**
     * @param filter   the events to keep (a listing's filters); the order stays the catalog's
     * @param page     1-based page number
     * @param pageSize items per page, at least 1
     * @return the page of the events the filter keeps; a page past the end is empty
     */
    public EventPage list(SortOrder order, Instant now, Predicate<CatalogEntry> filter, int page, int pageSize)
            throws RepositoryException {
        return list(order, now, filter instanceof CatalogFilter f ? f : CatalogFilter.of(filter), page, pageSize);
    }

    /** @see #list(SortOrder, Instant, Predicate, int, int) */
    public EventPage list(SortOrder order, Instant now, CatalogFilter filter, int page, int pageSize)
            throws RepositoryException {
        List<CatalogEntry> all = select(filter).ordered(order, now);
        int pageCount = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int from = (int) Math.min(all.size(), (page - 1L) * pageSize);
        List<CatalogEntry> items = all.subList(from, Math.min(all.size(), from + pageSize));
        return new EventPage(List.copyOf(items), page, pageCount, all.size());
    }

    /** @return every published event, by start ascending */
    public List<CatalogEntry> byStart() throws RepositoryException {
        return snapshot().all().byStart();
    }

    /** @return the published events with a day (in their own zone) from {@code from} to {@code to}, by start */
    public List<CatalogEntry> touching(LocalDate from, LocalDate to) throws RepositoryException {
        return snapshot().all().touching(from, to);
    }

    /** @return every published event in a listing's order at {@code now}, for filters before paging */
    public List<CatalogEntry> ordered(SortOrder order, Instant now) throws RepositoryException {
        return snapshot().all().ordered(order, now);
    }

    /** @return the index holding exactly the events the filter keeps */
    private CatalogIndex select(CatalogFilter filter) throws RepositoryException {
        Snapshot current = snapshot();
        String category = !filter.category().isEmpty() ? filter.category()
                : filter.anyOf().size() == 1 ? filter.anyOf().get(0) : "";
        CatalogIndex base = category.isEmpty() ? current.all() : current.category(category);
        if (filter.indexed()) {
            return base;
        }
        return CatalogIndex.filtered(filter.from() == null ? base.byStart() : base.touching(filter.from(),
                filter.to()), filter);
    }

    private Snapshot snapshot() throws RepositoryException {
        Snapshot current = snapshot;
        if (current != null) {
            return current;
        }
        long loading = generation.get();
        CatalogLoader.Loaded loaded = CatalogLoader.load(sessions);
        Snapshot fresh = new Snapshot(CatalogIndex.of(loaded.entries()), loaded.categories(),
                new ConcurrentHashMap<>());
        synchronized (this) {
            // a publication during the load makes it stale: keep it for this request only
            if (generation.get() == loading) {
                snapshot = fresh;
            }
        }
        return fresh;
    }
}
