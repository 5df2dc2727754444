package dev.events.content;

import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Sets Magnolia's {@code mgnl:created(By)}, {@code mgnl:lastModified(By)} and {@code mgnl:deleted(By)}, which
 * Magnolia's UI writes and plain JCR does not.
 */
public final class ContentStamps {

    private final Clock clock;

    public ContentStamps(Clock clock) {
        this.clock = clock;
    }

    /** Stamps a new node as created and modified now by {@code user}. */
    public Node created(Node node, String user) throws RepositoryException {
        node.setProperty(NodeTypes.CREATED, now());
        node.setProperty(NodeTypes.CREATED_BY, user);
        return modified(node, user);
    }

    /** Stamps a node as modified now by {@code user}. */
    public Node modified(Node node, String user) throws RepositoryException {
        node.setProperty(NodeTypes.LAST_MODIFIED, now());
        node.setProperty(NodeTypes.LAST_MODIFIED_BY, user);
        return node;
    }

    /** Stamps a node as moved to the trash now by {@code user}; the caller adds the {@code mgnl:deleted} mixin. */
    public Node deleted(Node node, String user) throws RepositoryException {
        node.setProperty(NodeTypes.DELETED, now());
        node.setProperty(NodeTypes.DELETED_BY, user);
        return node;
    }

    private Calendar now() {
        return GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
    }
}
