package dev.events.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

/**
 * Writes any number of events in saves of up to {@value EventWriter#BATCH}, finding the existing ones among the
 * children of the workspace's folders ({@link EventNames}). Saves keep memory flat at 100,000 events, but make the
 * write visible on author before it ends: a caller whose write fails calls {@link #undo}, which removes the events
 * created by the saves made and puts back the state of those updated (kept aside in an {@link UndoLog}), so that
 * the write is all or nothing for it. Close it to drop the undo log and the second session (below).
 * <p>
 * Each save holds the events of one start year as far as it can ({@link YearGroups}): a save that adds events to
 * all twenty year folders of an archive rewrites each folder's list of thousands of children, which made a
 * 100,000-event import in file order half as fast as the same import in date order.
 * <p>
 * The caller's session and a second one of the same user take turns: while one saves in the background
 * ({@link BackgroundSave}), the next save's events are built in the other. Two saves never add to the same
 * folder at once: events of the year being saved, or needing a new folder, wait for that save. The names of one
 * write must differ (as an import file's must): a session does not see the events the other has not saved yet.
 */
public final class BulkWrite implements AutoCloseable {

    private final EventWriter writer;
    private final Session events;
    private final String user;
    private final UndoLog undoLog;
    private final Set<String> foldersBefore;
    private final YearGroups pending;
    /** A second session of the caller's user: it and {@link #events} take turns, one saves while the other builds. */
    private final Session second;
    /** The names of each session, {@link #events}'s first, as {@link #turn} counts them. */
    private final EventNames[] names;
    private final BackgroundSave saving = new BackgroundSave();
    private int turn;
    private final List<String> ids = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    /**
     * @param batch       events per save
     * @param keepUpdated whether to keep the state of updated events aside: when there will be several saves
     */
    BulkWrite(EventWriter writer, Session events, String user, int batch, boolean keepUpdated)
            throws RepositoryException {
        this.writer = writer;
        this.events = events;
        this.user = user;
        this.foldersBefore = folders(events);
        this.pending = new YearGroups(batch);
        this.second = secondSession(events);
        try {
            this.names = new EventNames[] {EventNames.of(events), EventNames.of(second)};
            this.undoLog = keepUpdated ? UndoLog.create() : null;
        } catch (IOException e) {
            second.logout();
            throw new RepositoryException("Cannot create the undo log of the import: " + e, e);
        } catch (RepositoryException | RuntimeException e) {
            second.logout();
            throw e;
        }
    }

    /** Adds an event; the events of a start year are saved together once there are enough of them. */
    public void add(EventRecord record) throws RepositoryException {
        List<EventRecord> ready = pending.add(record);
        if (!ready.isEmpty()) {
            save(ready);
        }
    }

    /**
     * Saves what is pending: all in one save when it fits, as a write of up to {@value EventWriter#BATCH} events
     * has no undo log.
     *
     * @return the identifiers of the written events, grouped by start year as they were saved
     */
    public List<String> finish() throws RepositoryException {
        for (List<EventRecord> rest = pending.rest(); !rest.isEmpty(); rest = pending.rest()) {
            save(rest);
        }
        created.addAll(saving.await());
        return List.copyOf(ids);
    }

    /**
     * Builds the events in this turn's session while the other session's save may still run, then saves them in
     * the background. The save before must end first when it adds to the same folder, or when these events need
     * a folder that does not exist yet (both would change the folder's or the root's list of children).
     */
    private void save(List<EventRecord> records) throws RepositoryException {
        Session session = turn == 0 ? events : second;
        int year = YearGroups.yearOf(records);
        if (saving.busyWith(year) || !session.getRootNode().hasNode(String.valueOf(year))) {
            created.addAll(saving.await());
        }
        List<String> createdNow = new ArrayList<>();
        try {
            build(records, session, names[turn], createdNow);
        } catch (RepositoryException | RuntimeException e) {
            session.refresh(false);
            throw e;
        }
        created.addAll(saving.start(session, year, createdNow));
        turn = 1 - turn;
    }

    private void build(List<EventRecord> records, Session session, EventNames known, List<String> createdNow)
            throws RepositoryException {
        Map<String, Node> existing = known.find(records.stream().map(EventRecord::name).toList());
        for (EventRecord record : records) {
            Node node = existing.get(record.name());
            if (node != null && undoLog != null) {
                undoLog.keep(node);
            }
            Node written = writer.write(session, record, node, user);
            ids.add(written.getIdentifier());
            if (node == null) {
                createdNow.add(written.getIdentifier());
                known.added(written);
            }
        }
    }

    /**
     * Puts the workspace back as it was before this write: removes the created events (and the year folders
     * they alone filled) and restores the updated ones. Failures of the undo are added to {@code cause}.
     */
    public void undo(Exception cause) {
        try {
            created.addAll(saving.await());
        } catch (RepositoryException e) {
            cause.addSuppressed(e);
        }
        try {
            second.refresh(false);
        } catch (RepositoryException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            events.refresh(false);
            UndoLog.removeAll(events, created);
            if (undoLog != null) {
                undoLog.restore(events);
            }
            removeNewEmptyFolders();
        } catch (RepositoryException | IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void removeNewEmptyFolders() throws RepositoryException {
        for (String folder : folders(events)) {
            Node node = events.getRootNode().getNode(folder);
            if (!foldersBefore.contains(folder) && !node.hasNodes()) {
                node.remove();
            }
        }
        events.save();
    }

    /** @return another session of the caller's user on the same workspace */
    private static Session secondSession(Session events) throws RepositoryException {
        return events.impersonate(new SimpleCredentials(events.getUserID(), new char[0]));
    }

    private static Set<String> folders(Session events) throws RepositoryException {
        Set<String> names = new HashSet<>();
        for (NodeIterator it = events.getRootNode().getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.FOLDER)) {
                names.add(node.getName());
            }
        }
        return names;
    }

    @Override
    public void close() {
        saving.close();
        second.logout();
        if (undoLog != null) {
            undoLog.close();
        }
    }
}
