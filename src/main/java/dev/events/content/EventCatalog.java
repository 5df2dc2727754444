package dev.events.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published events of one {@code events} workspace, in memory, answering listings, calendars and filter
 * facets without repository sorting or filtering (JCR-SQL2 {@code ORDER BY} takes seconds at 100,000 events).
 * Listings are answered from indexes sorted by start ({@link CatalogIndex}): a page of all events, or of one
 * category's, costs a binary search and the page, whatever the number of events; the events of a month or a day
 * are found the same way before any other filter. Loaded on first use, from the catalog file when it still
 * describes the workspace ({@link CatalogFile}), else by reading every event; a publication replaces the events
 * it changed ({@link #published}); {@link #store} writes the file, as the runtime does when it closes. Needs only
 * {@code javax.jcr} and the JDK.
 */
public final class EventCatalog {

    private static final Logger log = LoggerFactory.getLogger(EventCatalog.class);

    private final SessionSource sessions;
    private final Path file;
    private final AtomicLong generation = new AtomicLong();
    private volatile CatalogSnapshot snapshot;

    /** @param sessions opens sessions on the workspace to index (the public {@code events} workspace) */
    public EventCatalog(SessionSource sessions) {
        this(sessions, null);
    }

    /** @param file where the catalog is kept between runs, or null for nowhere */
    public EventCatalog(SessionSource sessions, Path file) {
        this.sessions = sessions;
        this.file = file;
    }

    /** Forgets the loaded entries; the next listing reads the workspace again. */
    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /**
     * Takes a publication or unpublication into a loaded catalog: the events with these identifiers are read again
     * (or dropped when no longer public), the others are kept. A catalog not loaded yet is left to load later;
     * one that cannot read the changes is dropped, to load again on next use.
     */
    public synchronized void published(List<String> ids) {
        generation.incrementAndGet();
        CatalogSnapshot current = snapshot;
        if (current == null || ids.isEmpty()) {
            return;
        }
        // visitors keep the previous catalog while the changed events are read
        try {
            Session session = sessions.open();
            try {
                snapshot = current.with(ids, CatalogLoader.read(session, ids));
            } finally {
                session.logout();
            }
        } catch (RepositoryException | RuntimeException e) {
            snapshot = null;
            log.warn("Cannot read the events just published ({}); the catalog loads again", e.toString());
        }
    }

    /** Writes the loaded catalog to its file, unless the file holds it already or nothing is loaded. */
    public synchronized void store() {
        CatalogSnapshot current = snapshot;
        if (file == null || current == null || current.stored()) {
            return;
        }
        try {
            List<CatalogEntry> entries = current.all().byStart();
            CatalogFile.write(file, entries, new CatalogFingerprint(entries.size(), current.lastPublished()));
            snapshot = current.asStored();
        } catch (IOException e) {
            log.warn("Cannot write the event catalog to {}: {}; the next start reads every event", file, e.toString());
        }
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

    /**
     * @return every published event, by start ascending: the same list (by identity) until a publication changes
     *         the catalog, so that what is derived from it can be kept until then
     */
    public List<CatalogEntry> byStart() throws RepositoryException {
        return snapshot().all().byStart();
    }

    /**
     * @param from the earliest start, or null for none; {@code fromIncluded}: whether an event starting then is in
     * @param to   the latest start, or null for none; {@code toIncluded}: whether an event starting then is in
     * @return the published events starting between the two, by start ascending
     */
    public List<CatalogEntry> startingBetween(Instant from, boolean fromIncluded, Instant to, boolean toIncluded)
            throws RepositoryException {
        return snapshot().all().startingBetween(from, fromIncluded, to, toIncluded);
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
        CatalogSnapshot current = snapshot();
        String category = !filter.category().isEmpty() ? filter.category()
                : filter.anyOf().size() == 1 ? filter.anyOf().get(0) : "";
        CatalogIndex base = category.isEmpty() ? current.all() : current.category(category);
        if (filter.indexed()) {
            return base;
        }
        return CatalogIndex.filtered(filter.from() == null ? base.byStart() : base.touching(filter.from(),
                filter.to()), filter);
    }

    private CatalogSnapshot snapshot() throws RepositoryException {
        CatalogSnapshot current = snapshot;
        if (current != null) {
            return current;
        }
        long loading = generation.get();
        CatalogSnapshot fresh = load();
        synchronized (this) {
            // a publication during the load makes it stale: keep it for this request only
            if (generation.get() == loading) {
                snapshot = fresh;
            }
        }
        return fresh;
    }

    private CatalogSnapshot load() throws RepositoryException {
        Session session = sessions.open();
        try {
            Optional<CatalogSnapshot> stored = file == null ? Optional.empty() : stored(session);
            if (stored.isPresent()) {
                return stored.get();
            }
            CatalogLoader.Loaded walked = CatalogLoader.walk(session);
            return CatalogSnapshot.of(walked.entries(), walked.lastPublished(), false);
        } finally {
            session.logout();
        }
    }

    private Optional<CatalogSnapshot> stored(Session session) throws RepositoryException {
        try {
            return CatalogFile.read(file, session).map(stored -> CatalogSnapshot.of(stored.entries(),
                    stored.fingerprint().lastPublished(), true));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the event catalog from {}: {}; reading every event", file, e.toString());
            return Optional.empty();
        }
    }
}
