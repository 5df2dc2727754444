package dev.events.content;

import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * An event in the trash of the author repository.
 *
 * @param name      the event's node name (its URL name)
 * @param id        the node's identifier
 * @param title     the event's title, else empty
 * @param deletedAt when it was moved to the trash ({@code mgnl:deleted})
 * @param deletedBy who moved it there ({@code mgnl:deletedBy})
 */
public record TrashedEvent(String name, String id, String title, Instant deletedAt, String deletedBy) {

    /** Reads a node that has the {@code mgnl:deleted} mixin. */
    static TrashedEvent of(Node node) throws RepositoryException {
        Instant deletedAt = node.hasProperty(NodeTypes.DELETED)
                ? node.getProperty(NodeTypes.DELETED).getDate().toInstant() : Instant.EPOCH;
        return new TrashedEvent(node.getName(), node.getIdentifier(),
                EventVersion.string(node, EventProperties.TITLE), deletedAt,
                EventVersion.string(node, NodeTypes.DELETED_BY));
    }
}
