package dev.events.publish;

import java.util.Set;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;

import org.apache.jackrabbit.core.NodeImpl;

import dev.events.content.NodeTypes;

/**
 * Copies an author node with its subtree into the public workspace with the same identifiers, replacing a node of
 * the same identifier wherever it is, as a system-view import with {@code IMPORT_UUID_COLLISION_REMOVE_EXISTING}
 * would, but property by property, with no XML in between (a quarter of a bulk publication's time went into
 * writing and parsing it). The public copy leaves the author's versioning behind (the {@code mix:versionable}
 * mixin and every protected property: it has no version history of its own) and the runtime's author-side
 * properties ({@code events:*}, such as the workflow state) but the calendar {@code SEQUENCE}
 * ({@value NodeTypes#CALENDAR_SEQUENCE}), which is for the public calendars. The copy waits in the target session
 * until it is saved.
 */
final class NodeCopy {

    private static final Set<String> VERSION_MIXINS = Set.of("mix:versionable", "mix:simpleVersionable");

    private NodeCopy() {
    }

    /**
     * @param source the author node
     * @param parent its parent's copy on public
     */
    static Node copy(Node source, Node parent) throws RepositoryException {
        removeExisting(parent.getSession(), source.getIdentifier());
        return copy(source, parent, true);
    }

    /**
     * Copies a folder above a published node, alone; a node of its identifier elsewhere on public (a folder renamed
     * on author) is refused rather than replaced with all it holds.
     */
    static void copyAlone(Node source, Node parent) throws RepositoryException {
        try {
            Node other = parent.getSession().getNodeByIdentifier(source.getIdentifier());
            throw new javax.jcr.ItemExistsException("Cannot publish " + source.getPath() + ": public holds its "
                    + "identifier at " + other.getPath());
        } catch (ItemNotFoundException none) {
            copy(source, parent, false);
        }
    }

    private static Node copy(Node source, Node parent, boolean recurse) throws RepositoryException {
        Node copy = ((NodeImpl) parent).addNodeWithUuid(source.getName(), source.getPrimaryNodeType().getName(),
                source.getIdentifier());
        for (NodeType mixin : source.getMixinNodeTypes()) {
            if (!VERSION_MIXINS.contains(mixin.getName())) {
                copy.addMixin(mixin.getName());
            }
        }
        for (PropertyIterator it = source.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (copied(p)) {
                if (p.isMultiple()) {
                    copy.setProperty(p.getName(), p.getValues(), p.getType());
                } else {
                    copy.setProperty(p.getName(), p.getValue());
                }
            }
        }
        if (recurse) {
            for (NodeIterator it = source.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                removeExisting(parent.getSession(), child.getIdentifier());
                copy(child, copy, true);
            }
        }
        return copy;
    }

    private static void removeExisting(Session target, String id) throws RepositoryException {
        try {
            target.getNodeByIdentifier(id).remove();
        } catch (ItemNotFoundException none) {
            // a first publication
        }
    }

    private static boolean copied(Property p) throws RepositoryException {
        String name = p.getName();
        if (name.startsWith("events:")) {
            return NodeTypes.CALENDAR_SEQUENCE.equals(name);
        }
        return !p.getDefinition().isProtected();
    }
}
