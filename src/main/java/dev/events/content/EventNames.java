package dev.events.content;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * Finds events by name wherever their folder: the folders of the workspace are found once, with one query, and
 * each name is then looked up among each folder's children. Events live in folders (a folder per start year, and
 * any folders authors add), so a name lookup is a few hash lookups where a query per 50 names made Jackrabbit
 * reopen its index after every save of an import and read the postings of every name.
 */
final class EventNames {

    /** The root and every folder, by identifier; what a write adds is added by {@link #added}. */
    private final Map<String, Node> containers = new LinkedHashMap<>();

    private EventNames() {
    }

    /** @return the names of the events of this session's workspace, as its folders are now */
    static EventNames of(Session events) throws RepositoryException {
        EventNames names = new EventNames();
        names.containers.put(events.getRootNode().getIdentifier(), events.getRootNode());
        Query folders = events.getWorkspace().getQueryManager()
                .createQuery("/jcr:root//element(*, " + NodeTypes.FOLDER + ")", Query.XPATH);
        for (NodeIterator it = folders.execute().getNodes(); it.hasNext();) {
            Node folder = it.nextNode();
            names.containers.put(folder.getIdentifier(), folder);
        }
        return names;
    }

    /** @return the existing {@code mgnl:content} nodes among these names, by name; invalid names find nothing */
    Map<String, Node> find(Collection<String> names) throws RepositoryException {
        Map<String, Node> found = new HashMap<>();
        for (String name : names) {
            if (name != null && !found.containsKey(name) && EventImportReader.NAME.matcher(name).matches()) {
                Node event = find(name);
                if (event != null) {
                    found.put(name, event);
                }
            }
        }
        return found;
    }

    private Node find(String name) throws RepositoryException {
        for (Node container : containers.values()) {
            if (container.hasNode(name)) {
                Node node = container.getNode(name);
                if (node.isNodeType(NodeTypes.CONTENT)) {
                    return node;
                }
            }
        }
        return null;
    }

    /** Makes the folder of a written event known, which the write may just have created. */
    void added(Node event) throws RepositoryException {
        Node folder = event.getParent();
        containers.putIfAbsent(folder.getIdentifier(), folder);
    }
}
