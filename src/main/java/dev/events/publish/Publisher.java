package dev.events.publish;

import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;
import dev.events.content.PublicationStatus;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Copies nodes from author to public with the same identifier ({@link NodeCopy}). Each node reaches public in one
 * save, with up to {@value #BATCH} others: a visitor sees either the previous version or the whole new one. The
 * author node records the publication ({@code mgnl:activationStatus}, {@code mgnl:lastActivated},
 * {@code mgnl:lastActivatedBy}) and the public copy carries the same values ({@link PublicationMarks}). The public
 * copy carries no author version history: it is not {@code mix:versionable}. Publishing an event also counts its
 * iCalendar {@code SEQUENCE} ({@link CalendarSequence}).
 */
public final class Publisher {

    /** Nodes per save of a publication. */
    static final int BATCH = 250;

    private final Repositories repositories;
    private final Clock clock;
    /** Read by the thread that applies other cluster nodes' changes ({@link ExternalChanges}) too. */
    private final List<PublicationListener> listeners = new CopyOnWriteArrayList<>();

    public Publisher(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /** Registers a listener told after each publication or unpublication (caches, indexes). */
    public void addListener(PublicationListener listener) {
        listeners.add(listener);
    }

    /**
     * Tells the listeners of a change that reached the public repository otherwise than through this publisher: the
     * publication of another node of the public cluster ({@link ExternalChanges}).
     *
     * @param ids the identifiers of the nodes changed, added or removed in {@code workspace}
     */
    public void announce(String workspace, List<String> ids) {
        listeners.forEach(l -> l.published(workspace, ids));
    }

    /**
     * Publishes the nodes with these identifiers, and their non-publishable children (areas, components,
     * links), in saves of {@value #BATCH}: each node reaches public whole, in one save, and a bulk publication
     * of 100,000 events neither holds them all in memory nor pays a durable commit per event. Listeners are told
     * of what was published even when a later save fails.
     */
    public void publish(String workspace, List<String> ids, String user) throws RepositoryException {
        PublicationRun run = new PublicationRun(repositories, workspace, now(), user, ids.size() > BATCH);
        try {
            for (int from = 0; from < ids.size(); from += BATCH) {
                run.publish(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            }
            run.finish();
        } finally {
            run.close();
            List<String> published = run.published();
            if (!published.isEmpty()) {
                listeners.forEach(l -> l.published(workspace, published));
            }
        }
    }

    /**
     * Publishes a page with its areas and components, not its subpages, in one save (see {@link PageCopy}). Its
     * parent page must be public already.
     */
    public void publishPage(String id, String user) throws RepositoryException {
        Session author = repositories.author().login(Workspaces.WEBSITE);
        Session published = repositories.published().login(Workspaces.WEBSITE);
        try {
            Node page = author.getNodeByIdentifier(id);
            PublicationMarks.of(page, now(), user).applyToAuthor(page);
            PageCopy.copy(page, published);
            published.save();
            author.save();
        } finally {
            published.logout();
            author.logout();
        }
        listeners.forEach(l -> l.published(Workspaces.WEBSITE, List.of(id)));
    }

    /** Removes the node from public and marks it unpublished on author; a page goes with its subpages. */
    public void unpublish(String workspace, String id, String user) throws RepositoryException {
        Session author = repositories.author().login(workspace);
        Session published = repositories.published().login(workspace);
        try {
            published.getNodeByIdentifier(id).remove();
            markUnpublished(author.getNodeByIdentifier(id), user);
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

    private void markUnpublished(Node node, String user) throws RepositoryException {
        node.setProperty(NodeTypes.ACTIVATION_STATUS, false);
        node.setProperty(NodeTypes.LAST_ACTIVATED, now());
        node.setProperty(NodeTypes.LAST_ACTIVATED_BY, user);
        if (node.isNodeType(NodeTypes.PAGE)) {
            for (javax.jcr.NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (child.isNodeType(NodeTypes.PAGE) && PublicationStatus.of(child) != PublicationStatus.NOT_PUBLISHED) {
                    markUnpublished(child, user);
                }
            }
        }
    }

    /** @return the copy of {@code source} in {@code target}, unsaved, with the folders above it */
    static Node copy(Node source, Session target) throws RepositoryException {
        return NodeCopy.copy(source, ensureParents(source.getParent(), target));
    }

    /** @return the copy of {@code parent} on public, creating it and the folders above with their identifiers */
    private static Node ensureParents(Node parent, Session target) throws RepositoryException {
        if (parent.getDepth() == 0 || target.nodeExists(parent.getPath())) {
            return target.getNode(parent.getPath());
        }
        Node above = ensureParents(parent.getParent(), target);
        NodeCopy.copyAlone(parent, above);
        return target.getNode(parent.getPath());
    }

    private Calendar now() {
        return GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
    }
}
