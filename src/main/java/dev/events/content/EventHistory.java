package dev.events.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;
import javax.jcr.query.Query;
import javax.jcr.version.Version;
import javax.jcr.version.VersionException;
import javax.jcr.version.VersionHistory;
import javax.jcr.version.VersionIterator;
import javax.jcr.version.VersionManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history and trash of events in the author {@code events} workspace. Every save becomes a JCR version of
 * the event ({@code mix:versionable}, checkpoint: the event stays editable); a version records who saved it and
 * when in its frozen {@code mgnl:lastModifiedBy} and {@code mgnl:lastModified}. Deleting first moves an event
 * to the trash (mixin {@code mgnl:deleted}), where it can be restored or purged. Events are named by their
 * identifier; an unknown identifier fails with {@link javax.jcr.ItemNotFoundException}.
 */
public final class EventHistory {

    private static final Logger LOG = LoggerFactory.getLogger(EventHistory.class);
    private static final Comparator<TrashedEvent> NEWEST_DELETED = Comparator
            .comparing(TrashedEvent::deletedAt).reversed().thenComparing(TrashedEvent::name);

    private final Repositories repositories;
    private final ContentStamps stamps;

    /** @param clock the time stamped into {@code mgnl:lastModified} and {@code mgnl:deleted} */
    public EventHistory(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.stamps = new ContentStamps(clock);
    }

    /**
     * Versions an event the editor has just saved: makes it {@code mix:versionable} when it is not yet, saves
     * what is pending (a stamp naming {@code user} when the saved {@code mgnl:lastModifiedBy} does not) and
     * creates a version, leaving the event checked out.
     *
     * @param event an event of a session on the author {@code events} workspace
     */
    public void versionAfterSave(Node event, String user) throws RepositoryException {
        checkout(event);
        if (!user.equals(EventVersion.string(event, NodeTypes.LAST_MODIFIED_BY))
                || !event.hasProperty(NodeTypes.LAST_MODIFIED)) {
            stamps.modified(event, user);
        }
        saveAndVersion(event);
    }

    /** @return the event's versions, newest first, without the root version; empty for an unversioned event */
    public List<EventVersion> versions(String eventId) throws RepositoryException {
        return withEvent(eventId, event -> {
            List<EventVersion> versions = new ArrayList<>();
            for (Version version : newestFirst(event)) {
                versions.add(EventVersion.of(version));
            }
            return versions;
        });
    }

    /**
     * Restores the content of a version onto the event (properties and child nodes such as {@code links}),
     * keeping its name, path and identifier, its publication record and its trash state; then stamps it as
     * modified by {@code user} and versions it, so that the restore is in the history.
     *
     * @throws IllegalArgumentException when the event has no version of that name
     */
    public void restore(String eventId, String versionName, String user) throws RepositoryException {
        withEvent(eventId, event -> {
            Version version = version(event, versionName);
            KeptState kept = KeptState.of(event);
            versionManager(event).restore(version, true);
            checkout(event);
            kept.applyTo(event);
            stamps.modified(event, user);
            saveAndVersion(event);
            return null;
        });
    }

    /** Moves an event to the trash: mixin {@code mgnl:deleted} with its date and user, one save and a version. */
    public void trash(String eventId, String user) throws RepositoryException {
        withEvent(eventId, event -> {
            checkout(event);
            event.addMixin(NodeTypes.DELETED);
            stamps.modified(stamps.deleted(event, user), user);
            saveAndVersion(event);
            return null;
        });
    }

    /**
     * Takes an event out of the trash: removes the {@code mgnl:deleted} mixin and its properties, stamps and
     * versions the event.
     *
     * @throws IllegalStateException when the event is not in the trash
     */
    public void restoreFromTrash(String eventId, String user) throws RepositoryException {
        withEvent(eventId, event -> {
            requireTrashed(event);
            checkout(event);
            event.getProperty(NodeTypes.DELETED).remove();
            event.getProperty(NodeTypes.DELETED_BY).remove();
            event.removeMixin(NodeTypes.DELETED);
            stamps.modified(event, user);
            saveAndVersion(event);
            return null;
        });
    }

    /**
     * Removes a trashed event from the author repository, and its version history as far as Jackrabbit lets go
     * of it. A published event is refused: unpublish it first, as its public copy could not be unpublished
     * once the author node is gone.
     *
     * @throws IllegalStateException when the event is not in the trash, or is published
     */
    public void purge(String eventId) throws RepositoryException {
        withEvent(eventId, event -> {
            requireTrashed(event);
            if (PublicationStatus.of(event) != PublicationStatus.NOT_PUBLISHED) {
                throw new IllegalStateException("Event " + event.getName() + " is published; unpublish it first");
            }
            VersionHistory history = event.isNodeType(NodeType.MIX_VERSIONABLE)
                    ? versionManager(event).getVersionHistory(event.getPath()) : null;
            Session session = event.getSession();
            event.remove();
            session.save();
            removeVersions(history);
            return null;
        });
    }

    /** @return whether a node is in the trash (the browser hides those) */
    public static boolean isTrashed(Node node) throws RepositoryException {
        return node.isNodeType(NodeTypes.DELETED);
    }

    /** @return the events in the trash, most recently trashed first */
    public List<TrashedEvent> trashed() throws RepositoryException {
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            String statement = "/jcr:root//element(*, " + NodeTypes.DELETED + ")";
            NodeIterator nodes = session.getWorkspace().getQueryManager()
                    .createQuery(statement, Query.XPATH).execute().getNodes();
            List<TrashedEvent> trashed = new ArrayList<>();
            while (nodes.hasNext()) {
                trashed.add(TrashedEvent.of(nodes.nextNode()));
            }
            trashed.sort(NEWEST_DELETED);
            return trashed;
        } finally {
            session.logout();
        }
    }

    /** Work on one event of a new author session; the session is logged out (unsaved changes dropped). */
    @FunctionalInterface
    private interface EventWork<T> {
        T apply(Node event) throws RepositoryException;
    }

    private <T> T withEvent(String eventId, EventWork<T> work) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            return work.apply(session.getNodeByIdentifier(eventId));
        } finally {
            session.logout();
        }
    }

    private static void saveAndVersion(Node event) throws RepositoryException {
        if (!event.isNodeType(NodeType.MIX_VERSIONABLE)) {
            event.addMixin(NodeType.MIX_VERSIONABLE);
        }
        event.getSession().save();
        versionManager(event).checkpoint(event.getPath());
    }

    private static void checkout(Node event) throws RepositoryException {
        VersionManager versions = versionManager(event);
        if (!versions.isCheckedOut(event.getPath())) {
            versions.checkout(event.getPath());
        }
    }

    private static List<Version> newestFirst(Node event) throws RepositoryException {
        List<Version> versions = new ArrayList<>();
        if (!event.isNodeType(NodeType.MIX_VERSIONABLE)) {
            return versions;
        }
        VersionHistory history = versionManager(event).getVersionHistory(event.getPath());
        String root = history.getRootVersion().getName();
        for (VersionIterator it = history.getAllVersions(); it.hasNext();) {
            Version version = it.nextVersion();
            if (!version.getName().equals(root)) {
                versions.add(version);
            }
        }
        versions.sort(Comparator.comparing(EventHistory::created).reversed());
        return versions;
    }

    private static Version version(Node event, String name) throws RepositoryException {
        try {
            if (event.isNodeType(NodeType.MIX_VERSIONABLE) && !name.startsWith("jcr:")) {
                return versionManager(event).getVersionHistory(event.getPath()).getVersion(name);
            }
        } catch (VersionException unknown) {
            // named below
        }
        throw new IllegalArgumentException("Event " + event.getName() + " has no version '" + name + "'");
    }

    private static long created(Version version) {
        try {
            return version.getCreated().getTimeInMillis();
        } catch (RepositoryException e) {
            throw new IllegalStateException("Cannot read version " + version, e);
        }
    }

    private static void requireTrashed(Node event) throws RepositoryException {
        if (!isTrashed(event)) {
            throw new IllegalStateException("Event " + event.getName() + " is not in the trash");
        }
    }

    /** Removes the versions of a purged event; Jackrabbit then drops the empty history itself. */
    private static void removeVersions(VersionHistory history) throws RepositoryException {
        if (history == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (VersionIterator it = history.getAllVersions(); it.hasNext();) {
            names.add(it.nextVersion().getName());
        }
        names.remove(history.getRootVersion().getName());
        for (String name : names) {
            try {
                history.removeVersion(name);
            } catch (RepositoryException kept) {
                LOG.debug("Jackrabbit keeps version {} of {}: {}", name, history.getVersionableIdentifier(), kept);
            }
        }
    }

    private static VersionManager versionManager(Node node) throws RepositoryException {
        return node.getSession().getWorkspace().getVersionManager();
    }
}
