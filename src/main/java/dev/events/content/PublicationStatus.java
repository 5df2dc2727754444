package dev.events.content;

import java.util.Arrays;
import java.util.Calendar;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Magnolia's three publication states of an author node (red, yellow, green); the ordinal is the number
 * Magnolia's {@code cmsfn.metaData(node, "mgnl:activationStatus")} gives.
 */
public enum PublicationStatus {
    /** Never published, or unpublished. */
    NOT_PUBLISHED("not-published"),
    /** Published, then changed on author. */
    MODIFIED("modified"),
    /** Published and unchanged since. */
    PUBLISHED("published");

    private final String value;

    PublicationStatus(String value) {
        this.value = value;
    }

    /** @return the value used in URLs and CSS classes */
    public String value() {
        return value;
    }

    /** @return the status with this value */
    public static Optional<PublicationStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** @return the status of an author node, from its activation properties */
    public static PublicationStatus of(Node node) throws RepositoryException {
        if (!node.hasProperty(NodeTypes.ACTIVATION_STATUS)
                || !node.getProperty(NodeTypes.ACTIVATION_STATUS).getBoolean()) {
            return NOT_PUBLISHED;
        }
        Calendar activated = node.getProperty(NodeTypes.LAST_ACTIVATED).getDate();
        Calendar modified = node.hasProperty(NodeTypes.LAST_MODIFIED)
                ? node.getProperty(NodeTypes.LAST_MODIFIED).getDate() : activated;
        return modified.after(activated) ? MODIFIED : PUBLISHED;
    }
}
