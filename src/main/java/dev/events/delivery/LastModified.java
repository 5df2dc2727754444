package dev.events.delivery;

import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import dev.events.content.NodeTypes;

/** The latest {@code mgnl:lastModified} or {@code mgnl:lastActivated} of a node and the children it is served with. */
final class LastModified {

    private LastModified() {
    }

    /** @return the latest of {@code since} and the dates of the node, and of its children down to the depth */
    static Instant of(Node node, DeliveryEndpoint endpoint, Instant since) throws RepositoryException {
        return of(node, endpoint, since, 0);
    }

    private static Instant of(Node node, DeliveryEndpoint endpoint, Instant latest, int level)
            throws RepositoryException {
        Instant result = later(later(latest, node, NodeTypes.LAST_MODIFIED), node, NodeTypes.LAST_ACTIVATED);
        if (level < endpoint.definition().depth()) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (endpoint.isChildType(child)) {
                    result = of(child, endpoint, result, level + 1);
                }
            }
        }
        return result;
    }

    private static Instant later(Instant latest, Node node, String property) throws RepositoryException {
        if (!node.hasProperty(property)) {
            return latest;
        }
        Instant value = node.getProperty(property).getDate().toInstant();
        return value.isAfter(latest) ? value : latest;
    }
}
