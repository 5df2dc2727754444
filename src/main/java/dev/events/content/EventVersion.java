package dev.events.content;

import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.version.Version;

/**
 * One saved state of an event in its history, as the editor lists it.
 *
 * @param name    the JCR version name ({@code 1.0}, {@code 1.1}, ...), which {@link EventHistory#restore} takes
 * @param created when the state was saved: the frozen {@code mgnl:lastModified}, else the version's creation
 * @param by      who saved it: the frozen {@code mgnl:lastModifiedBy}, else empty
 * @param title   the event's title in that state, else empty
 */
public record EventVersion(String name, Instant created, String by, String title) {

    /** Reads a version of an event's history. */
    static EventVersion of(Version version) throws RepositoryException {
        Node frozen = version.getFrozenNode();
        Instant created = frozen.hasProperty(NodeTypes.LAST_MODIFIED)
                ? frozen.getProperty(NodeTypes.LAST_MODIFIED).getDate().toInstant()
                : version.getCreated().toInstant();
        return new EventVersion(version.getName(), created,
                string(frozen, NodeTypes.LAST_MODIFIED_BY), string(frozen, EventProperties.TITLE));
    }

    static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : "";
    }
}
