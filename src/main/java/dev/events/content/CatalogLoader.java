package dev.events.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Reads the catalog's entries: every event of the workspace, walking its folders (events live in folders, one
 * per start year). A walk, not a query: a query's results come in fetches, and a search index merging its
 * segments between two fetches (as after a bulk publication) makes the later ones skip and repeat events.
 * Repeated texts (cities, countries, categories) are kept once, which keeps 100,000 entries small.
 */
final class CatalogLoader {

    /**
     * @param entries    every event, in tree order
     * @param categories every category an event has
     */
    record Loaded(List<CatalogEntry> entries, Set<String> categories) {
    }

    private final Map<Object, Object> shared = new HashMap<>();
    private final List<CatalogEntry> entries = new ArrayList<>();

    private CatalogLoader() {
    }

    static Loaded load(SessionSource sessions) throws RepositoryException {
        CatalogLoader loader = new CatalogLoader();
        Session session = sessions.open();
        try {
            loader.walk(session.getRootNode());
        } finally {
            session.logout();
        }
        Set<String> categories = new java.util.HashSet<>();
        loader.entries.forEach(e -> categories.addAll(e.categories()));
        return new Loaded(List.copyOf(loader.entries), Set.copyOf(categories));
    }

    private void walk(Node parent) throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.CONTENT)) {
                if (node.hasProperty(EventProperties.START_DATE)) {
                    entries.add(entry(node));
                }
            } else if (node.isNodeType(NodeTypes.FOLDER)) {
                walk(node);
            }
        }
    }

    private CatalogEntry entry(Node node) throws RepositoryException {
        EventTime time = EventTime.of(node);
        return new CatalogEntry(node.getIdentifier(), node.getName(), time.start().toInstant(), time.endsAt(),
                instant(node, EventProperties.PUBLISHED), shared(JcrValues.strings(node, EventProperties.CATEGORIES)),
                time.start().toLocalDate(), time.lastDay(), shared(text(node, EventProperties.CITY)),
                shared(text(node, EventProperties.COUNTRY).toUpperCase(Locale.ROOT)),
                instant(node, NodeTypes.LAST_MODIFIED));
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    private static Instant instant(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getDate().toInstant() : null;
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString().strip() : "";
    }
}
