package dev.events.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;
import javax.jcr.version.Version;
import javax.jcr.version.VersionIterator;

import dev.events.content.EventProperties;

/**
 * The content of an event, to compare a public copy with the author's versions of it: its content properties (no
 * namespace) and those of its child nodes by relative path ({@code links/0/label}), but {@code published}, the date
 * of the first publication, which publication adds after versioning.
 */
final class VersionContent {

    private VersionContent() {
    }

    /** @return the content of a node, or of a version's frozen node */
    static Map<String, String> of(Node node) throws RepositoryException {
        Map<String, String> content = new TreeMap<>();
        collect(node, "", content);
        return content;
    }

    /**
     * @return the versions of an author event, oldest first (saves, restores and publications each make one); fails
     *         when the history branches, which only a crash between a version's creation and the event's record of
     *         it does (the next version then branches off the last one the event knew)
     */
    static List<Version> versions(Node event) throws RepositoryException {
        List<Version> versions = new ArrayList<>();
        if (!event.isNodeType(NodeType.MIX_VERSIONABLE)) {
            return versions;
        }
        Version version = event.getSession().getWorkspace().getVersionManager().getVersionHistory(event.getPath())
                .getRootVersion();
        while (version.getSuccessors().length > 0) {
            if (version.getSuccessors().length > 1) {
                throw new AssertionError("The history of " + event.getPath() + " branches at " + version.getName());
            }
            version = version.getSuccessors()[0];
            versions.add(version);
        }
        return versions;
    }

    /** @return the content of every version of an author event, on every branch, in no particular order */
    static List<Map<String, String>> history(Node event) throws RepositoryException {
        List<Map<String, String>> history = new ArrayList<>();
        if (!event.isNodeType(NodeType.MIX_VERSIONABLE)) {
            return history;
        }
        VersionIterator all = event.getSession().getWorkspace().getVersionManager()
                .getVersionHistory(event.getPath()).getAllVersions();
        while (all.hasNext()) {
            Version version = all.nextVersion();
            if (version.getSuccessors().length > 0 || version.getPredecessors().length > 0) {
                history.add(of(version.getFrozenNode()));
            }
        }
        return history;
    }

    private static void collect(Node node, String prefix, Map<String, String> content) throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (!property.getName().contains(":") && !(prefix.isEmpty()
                    && property.getName().equals(EventProperties.PUBLISHED))) {
                content.put(prefix + property.getName(), property.isMultiple() ? values(property)
                        : property.getString());
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            collect(child, prefix + child.getName() + "/", content);
        }
    }

    private static String values(Property property) throws RepositoryException {
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(value.getString());
        }
        return values.toString();
    }
}
