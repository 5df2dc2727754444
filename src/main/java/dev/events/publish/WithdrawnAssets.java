package dev.events.publish;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import dev.events.content.AssetStore;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * The files (images, documents) an event uses, and their unpublication once no public event uses them. A file is
 * published with the first event that uses it; when that event is unpublished, or republished with another image,
 * the file would otherwise stay reachable at {@code /dam/jcr:<id>} for good. A file another public event still
 * uses stays public.
 */
final class WithdrawnAssets {

    private final Repositories repositories;
    private final Publisher publisher;

    WithdrawnAssets(Repositories repositories, Publisher publisher) {
        this.repositories = repositories;
        this.publisher = publisher;
    }

    /** @return the item keys ({@code jcr:<id>}) of the files the event links to: its image and its links' files */
    static Set<String> keys(Node event) throws RepositoryException {
        Set<String> keys = new LinkedHashSet<>();
        add(keys, event, EventProperties.IMAGE);
        if (event.hasNode(EventProperties.LINKS)) {
            for (NodeIterator it = event.getNode(EventProperties.LINKS).getNodes(); it.hasNext();) {
                add(keys, it.nextNode(), EventProperties.LINK_ASSET);
            }
        }
        return keys;
    }

    /** @return the keys of the files the public copy of the event uses (a set of its own); none when it is not public */
    Set<String> usedByPublic(String eventId) throws RepositoryException {
        Session events = repositories.published().loginReadOnly(Workspaces.EVENTS);
        try {
            return keys(events.getNodeByIdentifier(eventId));
        } catch (ItemNotFoundException notPublic) {
            return new LinkedHashSet<>();
        } finally {
            events.logout();
        }
    }

    /** Unpublishes those of the files that are public and that no public event uses. */
    void release(Set<String> keys, String user) throws RepositoryException {
        for (String key : keys) {
            String id = key.substring("jcr:".length()).toLowerCase(Locale.ROOT);
            if (isPublic(id) && !usedByAnyPublicEvent(key)) {
                publisher.unpublish(Workspaces.DAM, id, user);
            }
        }
    }

    private boolean isPublic(String id) throws RepositoryException {
        Session dam = repositories.published().loginReadOnly(Workspaces.DAM);
        try {
            return dam.getNodeByIdentifier(id).isNodeType(NodeTypes.ASSET);
        } catch (ItemNotFoundException notPublic) {
            return false;
        } finally {
            dam.logout();
        }
    }

    private boolean usedByAnyPublicEvent(String key) throws RepositoryException {
        Session events = repositories.published().loginReadOnly(Workspaces.EVENTS);
        try {
            // keys are checked item keys (jcr: and an identifier): nothing to escape in the literal
            return any(events, "/jcr:root//element(*, " + NodeTypes.CONTENT + ")[@" + EventProperties.IMAGE
                    + " = '" + key + "']") || any(events, "/jcr:root//element(*, " + NodeTypes.CONTENT_NODE + ")[@"
                    + EventProperties.LINK_ASSET + " = '" + key + "']");
        } finally {
            events.logout();
        }
    }

    private static boolean any(Session session, String statement) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
        query.setLimit(1);
        return query.execute().getNodes().hasNext();
    }

    private static void add(Set<String> keys, Node node, String property) throws RepositoryException {
        if (node.hasProperty(property) && AssetStore.isItemKey(node.getProperty(property).getString())) {
            keys.add(node.getProperty(property).getString());
        }
    }
}
