package dev.events.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * The published events of one {@code events} workspace, in memory, answering listings without repository
 * sorting (JCR-SQL2 {@code ORDER BY} takes seconds at 100,000 events). Loaded on first use and again after
 * {@link #invalidate()}, which publication calls. Needs only {@code javax.jcr} and the JDK.
 */
public final class EventCatalog {

    private static final Comparator<CatalogEntry> BY_START = Comparator.comparing(CatalogEntry::start)
            .thenComparing(CatalogEntry::name);
    private static final Comparator<CatalogEntry> BY_PUBLISHED = Comparator.comparing(CatalogEntry::published,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(BY_START).reversed();

    private final SessionSource sessions;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile Snapshot snapshot;

    /** The entries sorted both ways listings need, so that a request only filters and pages. */
    private record Snapshot(List<CatalogEntry> byStart, List<CatalogEntry> byStartDescending,
            List<CatalogEntry> byPublished) {
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
        List<CatalogEntry> all = ordered(order, now);
        int pageCount = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int from = Math.min(all.size(), (page - 1) * pageSize);
        List<CatalogEntry> items = all.subList(from, Math.min(all.size(), from + pageSize));
        return new EventPage(List.copyOf(items), page, pageCount, all.size());
    }

    /** @return every published event, by start ascending */
    public List<CatalogEntry> byStart() throws RepositoryException {
        return snapshot().byStart();
    }

    /** @return every published event in a listing's order at {@code now}, for filters before paging */
    public List<CatalogEntry> ordered(SortOrder order, Instant now) throws RepositoryException {
        Snapshot current = snapshot();
        if (order == SortOrder.PUBLISHED) {
            return current.byPublished();
        }
        List<CatalogEntry> upcoming = current.byStart().stream().filter(e -> e.notEndedAt(now)).toList();
        List<CatalogEntry> past = current.byStartDescending().stream().filter(e -> !e.notEndedAt(now)).toList();
        return switch (order) {
            case UPCOMING -> upcoming;
            case PAST -> past;
            default -> concat(upcoming, past);
        };
    }

    private static List<CatalogEntry> concat(List<CatalogEntry> first, List<CatalogEntry> second) {
        List<CatalogEntry> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private Snapshot snapshot() throws RepositoryException {
        Snapshot current = snapshot;
        if (current != null) {
            return current;
        }
        long loading = generation.get();
        List<CatalogEntry> all = load();
        Snapshot loaded = new Snapshot(all.stream().sorted(BY_START).toList(),
                all.stream().sorted(BY_START.reversed()).toList(), all.stream().sorted(BY_PUBLISHED).toList());
        synchronized (this) {
            // a publication during the load makes it stale: keep it for this request only
            if (generation.get() == loading) {
                snapshot = loaded;
            }
        }
        return loaded;
    }

    private List<CatalogEntry> load() throws RepositoryException {
        Session session = sessions.open();
        try {
            Query query = session.getWorkspace().getQueryManager()
                    .createQuery("/jcr:root//element(*, " + NodeTypes.CONTENT + ")", Query.XPATH);
            List<CatalogEntry> loaded = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                if (node.hasProperty(EventProperties.START_DATE)) {
                    loaded.add(entry(node));
                }
            }
            return List.copyOf(loaded);
        } finally {
            session.logout();
        }
    }

    private static CatalogEntry entry(Node node) throws RepositoryException {
        EventTime time = EventTime.of(node);
        return new CatalogEntry(node.getIdentifier(), node.getName(), time.start().toInstant(), time.endsAt(),
                instant(node, EventProperties.PUBLISHED), JcrValues.strings(node, EventProperties.CATEGORIES),
                instant(node, NodeTypes.LAST_MODIFIED));
    }

    private static Instant instant(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getDate().toInstant() : null;
    }
}
