package dev.events.publish;

import java.util.HashSet;
import java.util.Set;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import dev.events.content.NodeTypes;

/**
 * Copies one page to public without its subpages: the page's properties, areas and components replace the live
 * ones, while the live subpages stay as they were (each is published on its own). A page renamed or moved on
 * author moves on public. Nothing is saved here: the caller saves the public session once.
 */
final class PageCopy {

    private PageCopy() {
    }

    /** Copies {@code page} (an author node) into {@code target}, a public session. */
    static void copy(Node page, Session target) throws RepositoryException {
        Node live = find(target, page.getIdentifier());
        if (live != null && !live.getPath().equals(page.getPath())) {
            target.move(live.getPath(), page.getPath());
            live = target.getNodeByIdentifier(page.getIdentifier());
        }
        if (live == null) {
            if (target.nodeExists(page.getPath())) {
                throw new RepositoryException("Another page is live at " + page.getPath());
            }
            transfer(page, target, true);
            live = target.getNodeByIdentifier(page.getIdentifier());
        } else {
            copyProperties(page, live);
        }
        replaceContent(page, live, target);
        orderLike(page, live);
        orderLike(page.getParent(), live.getParent());
    }

    /** Sets the live page's properties to the author's, leaving out versioning and the runtime's own. */
    private static void copyProperties(Node page, Node live) throws RepositoryException {
        for (PropertyIterator it = live.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (copied(property) && !page.hasProperty(property.getName())) {
                property.remove();
            }
        }
        ValueFactory values = live.getSession().getValueFactory();
        for (PropertyIterator it = page.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (!copied(property)) {
                continue;
            }
            if (property.isMultiple()) {
                Value[] source = property.getValues();
                Value[] copies = new Value[source.length];
                for (int i = 0; i < source.length; i++) {
                    copies[i] = value(source[i], values);
                }
                live.setProperty(property.getName(), copies, property.getType());
            } else {
                live.setProperty(property.getName(), value(property.getValue(), values));
            }
        }
    }

    private static boolean copied(Property property) throws RepositoryException {
        String name = property.getName();
        return !property.getDefinition().isProtected() && !name.startsWith("jcr:") && !name.startsWith("events:");
    }

    private static Value value(Value value, ValueFactory values) throws RepositoryException {
        return value.getType() == PropertyType.BINARY ? values.createValue(values.createBinary(
                value.getBinary().getStream())) : values.createValue(value.getString(), value.getType());
    }

    /** Replaces the live areas and components by the author's; subpages are left alone on both sides. */
    private static void replaceContent(Node page, Node live, Session target) throws RepositoryException {
        Set<String> kept = new HashSet<>();
        for (NodeIterator it = page.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(NodeTypes.PAGE)) {
                kept.add(child.getIdentifier());
            }
        }
        for (NodeIterator it = live.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(NodeTypes.PAGE) && !kept.contains(child.getIdentifier())) {
                child.remove();
            }
        }
        for (NodeIterator it = page.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(NodeTypes.PAGE)) {
                // an area or component of the same identifier is replaced wherever it was
                transfer(child, target, false);
            }
        }
    }

    /** Orders the live children that exist on author as they are ordered on author. */
    private static void orderLike(Node source, Node live) throws RepositoryException {
        for (NodeIterator it = source.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (live.hasNode(child.getName()) && (child.isNodeType(NodeTypes.PAGE)
                    || child.isNodeType(NodeTypes.AREA) || child.isNodeType(NodeTypes.COMPONENT))) {
                live.orderBefore(child.getName(), null);
            }
        }
    }

    private static Node find(Session session, String id) throws RepositoryException {
        try {
            return session.getNodeByIdentifier(id);
        } catch (ItemNotFoundException notLive) {
            return null;
        }
    }

    /** Copies a node through system view without the author's versioning ({@link UnversionedCopy}). */
    private static void transfer(Node source, Session target, boolean noRecurse) throws RepositoryException {
        ContentHandler importer = target.getImportContentHandler(source.getParent().getPath(),
                ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
        try {
            source.getSession().exportSystemView(source.getPath(), new UnversionedCopy(importer), false, noRecurse);
        } catch (SAXException e) {
            if (e.getException() instanceof RepositoryException cause) {
                throw cause;
            }
            throw new RepositoryException("Cannot copy " + source.getPath() + ": " + e.getMessage(), e);
        }
    }
}
