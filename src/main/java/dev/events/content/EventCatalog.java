package dev.events.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Arrays;

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
    private volatile List<CatalogEntry> entries;

    /** @param sessions opens sessions on the workspace to index (the public {@code events} workspace) */
    public EventCatalog(SessionSource sessions) {
        this.sessions = sessions;
    }

    /** Forgets the loaded entries; the next listing reads the workspace again. */
    public void invalidate() {
        entries = null;
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

    private List<CatalogEntry> ordered(SortOrder order, Instant now) throws RepositoryException {
        List<CatalogEntry> all = entries();
        List<CatalogEntry> upcoming = all.stream().filter(e -> e.notEndedAt(now)).sorted(BY_START).toList();
        List<CatalogEntry> past = all.stream().filter(e -> !e.notEndedAt(now)).sorted(BY_START.reversed()).toList();
        return switch (order) {
            case PUBLISHED -> all.stream().sorted(BY_PUBLISHED).toList();
            case UPCOMING -> upcoming;
            case PAST -> past;
            case UPCOMING_FIRST -> concat(upcoming, past);
        };
    }

    private static List<CatalogEntry> concat(List<CatalogEntry> first, List<CatalogEntry> second) {
        List<CatalogEntry> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private List<CatalogEntry> entries() throws RepositoryException {
        List<CatalogEntry> loaded = entries;
        if (loaded == null) {
            loaded = load();
            entries = loaded;
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
        Instant published = node.hasProperty(EventProperties.PUBLISHED)
                ? node.getProperty(EventProperties.PUBLISHED).getDate().toInstant() : null;
        List<String> categories = new ArrayList<>();
        if (node.hasProperty(EventProperties.CATEGORIES)) {
            Arrays.stream(node.getProperty(EventProperties.CATEGORIES).getValues())
                    .forEach(v -> categories.add(string(v)));
        }
        return new CatalogEntry(node.getIdentifier(), node.getName(), time.start().toInstant(), time.endsAt(),
                published, List.copyOf(categories));
    }

    private static String string(javax.jcr.Value value) {
        try {
            return value.getString();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
