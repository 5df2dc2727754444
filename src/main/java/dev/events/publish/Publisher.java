package dev.events.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;

/**
 * Copies nodes from author to public with the same identifier. Each call is one save on the public side: a
 * visitor sees either the previous version or the whole new one. The author node records the publication
 * ({@code mgnl:activationStatus}, {@code mgnl:lastActivated}, {@code mgnl:lastActivatedBy}) and the public copy
 * carries the same values. The public copy carries no author version history: it is not {@code mix:versionable}.
 * Publishing an event also counts its iCalendar {@code SEQUENCE} ({@link CalendarSequence}).
 */
public final class Publisher {

    private final Repositories repositories;
    private final Clock clock;
    private final List<PublicationListener> listeners = new ArrayList<>();

    public Publisher(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /** Registers a listener told after each publication or unpublication (caches, indexes). */
    public void addListener(PublicationListener listener) {
        listeners.add(listener);
    }

    /**
     * Publishes the nodes with these identifiers, and their non-publishable children (areas, components,
     * links), in one save.
     */
    public void publish(String workspace, List<String> ids, String user) throws RepositoryException {
        Session author = repositories.author().login(workspace);
        Session published = repositories.published().login(workspace);
        try {
            for (String id : ids) {
                copy(markPublished(author.getNodeByIdentifier(id), user), published);
            }
            // public first: should it fail, author does not claim a publication that did not happen
            published.save();
            author.save();
        } finally {
            published.logout();
            author.logout();
        }
        listeners.forEach(l -> l.published(workspace, ids));
    }

    /** Removes the node from public and marks it unpublished on author. */
    public void unpublish(String workspace, String id, String user) throws RepositoryException {
        Session author = repositories.author().login(workspace);
        Session published = repositories.published().login(workspace);
        try {
            published.getNodeByIdentifier(id).remove();
            Node node = author.getNodeByIdentifier(id);
            node.setProperty(NodeTypes.ACTIVATION_STATUS, false);
            node.setProperty(NodeTypes.LAST_ACTIVATED, now());
            node.setProperty(NodeTypes.LAST_ACTIVATED_BY, user);
            published.save();
            author.save();
        } catch (ItemNotFoundException notPublished) {
            // unpublishing what is not public is a no-op
        } finally {
            published.logout();
            author.logout();
        }
        listeners.forEach(l -> l.published(workspace, List.of(id)));
    }

    private Node markPublished(Node node, String user) throws RepositoryException {
        Calendar now = now();
        node.setProperty(NodeTypes.ACTIVATION_STATUS, true);
        node.setProperty(NodeTypes.LAST_ACTIVATED, now);
        node.setProperty(NodeTypes.LAST_ACTIVATED_BY, user);
        if (node.isNodeType(NodeTypes.CONTENT) && !node.isNodeType(NodeTypes.PAGE)) {
            if (!node.hasProperty(EventProperties.PUBLISHED)) {
                node.setProperty(EventProperties.PUBLISHED, now);
            }
            CalendarSequence.count(node);
        }
        return node;
    }

    private static void copy(Node source, Session target) throws RepositoryException {
        ensureParents(source.getParent(), target);
        transfer(source, target, false, ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
    }

    /** Creates the folders above a published node on public, with their author identifiers. */
    private static void ensureParents(Node parent, Session target) throws RepositoryException {
        if (parent.getDepth() == 0 || target.nodeExists(parent.getPath())) {
            return;
        }
        ensureParents(parent.getParent(), target);
        transfer(parent, target, true, ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
    }

    /**
     * Copies a node through system view, which keeps identifiers, types and multi-values, leaving out the
     * author's versioning ({@link UnversionedCopy}); the copy waits in {@code target} until it is saved.
     */
    private static void transfer(Node source, Session target, boolean noRecurse, int uuidBehavior)
            throws RepositoryException {
        ContentHandler importer = target.getImportContentHandler(source.getParent().getPath(), uuidBehavior);
        try {
            source.getSession().exportSystemView(source.getPath(), new UnversionedCopy(importer), false, noRecurse);
        } catch (SAXException e) {
            if (e.getException() instanceof RepositoryException cause) {
                throw cause;
            }
            throw new RepositoryException("Cannot copy " + source.getPath() + ": " + e.getMessage(), e);
        }
    }

    private Calendar now() {
        return GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
    }
}
