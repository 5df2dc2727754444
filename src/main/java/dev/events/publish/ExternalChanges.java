package dev.events.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;

import org.apache.jackrabbit.api.observation.JackrabbitEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.content.EmbeddedRepository;
import dev.events.content.Workspaces;

/**
 * Tells this process of the publications made by another node of the public cluster, as its own {@link Publisher}
 * tells it of its own: the event catalog reads the events changed, the page cache and the delivery API's dates are
 * reset ({@link Publisher#announce}). Jackrabbit applies the changes it reads from the cluster journal (every
 * {@value EmbeddedRepository#SYNC_DELAY_MS} ms) to its caches and search index, then delivers them to observation
 * listeners as external events; this listens to the public {@code events}, {@code website} and {@code dam}
 * workspaces and passes on the external ones only, since this process's own publications were told already.
 */
public final class ExternalChanges implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExternalChanges.class);
    private static final int TYPES = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED | Event.PROPERTY_ADDED
            | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;
    private static final List<String> WORKSPACES = List.of(Workspaces.EVENTS, Workspaces.WEBSITE, Workspaces.DAM);

    /** The listeners live as long as the sessions they were added with. */
    private final List<Session> sessions;

    private ExternalChanges(List<Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Starts listening; close to stop.
     *
     * @param published this process's node of the public cluster
     */
    public static ExternalChanges listen(EmbeddedRepository published, Publisher publisher)
            throws RepositoryException {
        List<Session> sessions = new ArrayList<>();
        try {
            for (String workspace : WORKSPACES) {
                Session session = published.login(workspace);
                sessions.add(session);
                session.getWorkspace().getObservationManager().addEventListener(
                        events -> announce(publisher, workspace, events), TYPES, "/", true, null, null, false);
            }
        } catch (RepositoryException | RuntimeException e) {
            sessions.forEach(Session::logout);
            throw e;
        }
        return new ExternalChanges(sessions);
    }

    private static void announce(Publisher publisher, String workspace, EventIterator events) {
        try {
            List<String> ids = externalIdentifiers(events);
            if (!ids.isEmpty()) {
                log.debug("{} nodes changed by another cluster node in {}", ids.size(), workspace);
                publisher.announce(workspace, ids);
            }
        } catch (RepositoryException | RuntimeException e) {
            // Jackrabbit would log and drop it too; the catalog drops itself on failure and loads again
            log.warn("Cannot apply the changes of another cluster node in {}: {}", workspace, e.toString());
        }
    }

    /**
     * @return the identifiers of the nodes the external events concern, each once, in order: the node added, moved
     *         or removed, or the node whose property changed
     */
    static List<String> externalIdentifiers(EventIterator events) throws RepositoryException {
        Set<String> ids = new LinkedHashSet<>();
        while (events.hasNext()) {
            Event event = events.nextEvent();
            if (event instanceof JackrabbitEvent jackrabbit && jackrabbit.isExternal()
                    && event.getIdentifier() != null) {
                ids.add(event.getIdentifier());
            }
        }
        return List.copyOf(ids);
    }

    /** Stops listening. */
    @Override
    public void close() {
        sessions.forEach(Session::logout);
    }
}
