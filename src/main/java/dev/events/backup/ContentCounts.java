package dev.events.backup;

import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;

import dev.events.content.EmbeddedRepository;
import dev.events.content.Workspaces;

/**
 * What a repository holds, counted: the nodes of each of the runtime's workspaces ({@code jcr:system} left out)
 * and the versions in its version storage. A backup records them; a restore must find them again.
 */
final class ContentCounts {

    static final String VERSIONS = "versions";
    private static final String SYSTEM = "jcr:system";
    private static final String VERSION_STORAGE = "/jcr:system/jcr:versionStorage";

    private ContentCounts() {
    }

    /** @return node counts by workspace name, and the number of versions under {@link #VERSIONS} */
    static Map<String, Long> of(EmbeddedRepository repository) throws RepositoryException {
        Map<String, Long> counts = new TreeMap<>();
        for (String workspace : Workspaces.ALL) {
            Session session = repository.login(workspace);
            try {
                counts.put(workspace, count(session.getRootNode(), false));
            } finally {
                session.logout();
            }
        }
        Session session = repository.login(null);
        try {
            counts.put(VERSIONS, count(session.getNode(VERSION_STORAGE), true));
        } finally {
            session.logout();
        }
        return counts;
    }

    /** @return the nodes below {@code node} (versions only, when {@code versionsOnly}) */
    private static long count(Node node, boolean versionsOnly) throws RepositoryException {
        long count = 0;
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.getDepth() == 1 && child.getName().equals(SYSTEM)) {
                continue;
            }
            if (!versionsOnly || child.isNodeType(NodeType.NT_VERSION)) {
                count++;
            }
            if (!versionsOnly || child.isNodeType(NodeType.NT_VERSION_HISTORY) || isHashFolder(child)) {
                count += count(child, versionsOnly);
            }
        }
        return count;
    }

    /** Jackrabbit spreads version histories over three levels of {@code rep:versionStorage} folders. */
    private static boolean isHashFolder(Node node) throws RepositoryException {
        return node.getPrimaryNodeType().getName().equals("rep:versionStorage");
    }
}
