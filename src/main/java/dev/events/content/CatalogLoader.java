package dev.events.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Reads the catalog's entries from the public workspace: every event, walking its folders (events live in
 * folders, one per start year), or the few events a publication changed. A walk, not a query: a query's results
 * come in fetches, and a search index merging its segments between two fetches (as after a bulk publication)
 * makes the later ones skip and repeat events. Repeated texts (cities, countries, categories) are kept once,
 * which keeps 100,000 entries small.
 */
final class CatalogLoader {

    /**
     * @param entries       the events read, in tree order
     * @param lastPublished the latest publication among them, or null
     */
    record Loaded(List<CatalogEntry> entries, Instant lastPublished) {
    }

    private final Map<Object, Object> shared = new HashMap<>();
    private final List<CatalogEntry> entries = new ArrayList<>();
    private Instant lastPublished;

    private CatalogLoader() {
    }

    /** @return every event of the workspace */
    static Loaded walk(Session session) throws RepositoryException {
        CatalogLoader loader = new CatalogLoader();
        loader.walk(session.getRootNode());
        return new Loaded(List.copyOf(loader.entries), loader.lastPublished);
    }

    /** @return the events among these identifiers that the workspace holds; the others are gone */
    static Loaded read(Session session, List<String> ids) throws RepositoryException {
        CatalogLoader loader = new CatalogLoader();
        for (String id : ids) {
            try {
                loader.add(session.getNodeByIdentifier(id));
            } catch (ItemNotFoundException unpublished) {
                // left out: an unpublication
            }
        }
        return new Loaded(List.copyOf(loader.entries), loader.lastPublished);
    }

    private void walk(Node parent) throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.FOLDER)) {
                walk(node);
            } else {
                add(node);
            }
        }
    }

    private void add(Node node) throws RepositoryException {
        if (node.isNodeType(NodeTypes.CONTENT) && node.hasProperty(EventProperties.START_DATE)) {
            entries.add(entry(node));
            lastPublished = CatalogFingerprint.later(lastPublished, instant(node, NodeTypes.LAST_ACTIVATED));
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
