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

/**
 * Writes any number of events in saves of up to {@value EventWriter#BATCH}, finding the existing ones among the
 * children of the workspace's folders ({@link EventNames}). Saves keep memory flat at 100,000 events, but make the
 * write visible on author before it ends: a caller whose write fails calls {@link #undo}, which removes the events
 * created by the saves made and puts back the state of those updated (kept aside in an {@link UndoLog}), so that
 * the write is all or nothing for it. Close it to drop the undo log.
 * <p>
 * Each save holds the events of one start year as far as it can ({@link YearGroups}): a save that adds events to
 * all twenty year folders of an archive rewrites each folder's list of thousands of children, which made a
 * 100,000-event import in file order half as fast as the same import in date order.
 */
public final class BulkWrite implements AutoCloseable {

    private final EventWriter writer;
    private final Session events;
    private final String user;
    private final UndoLog undoLog;
    private final Set<String> foldersBefore;
    private final YearGroups pending;
    private final EventNames names;
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
        this.names = EventNames.of(events);
        try {
            this.undoLog = keepUpdated ? UndoLog.create() : null;
        } catch (IOException e) {
            throw new RepositoryException("Cannot create the undo log of the import: " + e, e);
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
        return List.copyOf(ids);
    }

    private void save(List<EventRecord> records) throws RepositoryException {
        List<String> createdNow = new ArrayList<>();
        try {
            Map<String, Node> existing = names.find(records.stream().map(EventRecord::name).toList());
            for (EventRecord record : records) {
                Node node = existing.get(record.name());
                if (node != null && undoLog != null) {
                    undoLog.keep(node);
                }
                Node written = writer.write(events, record, node, user);
                ids.add(written.getIdentifier());
                if (node == null) {
                    createdNow.add(written.getIdentifier());
                    names.added(written);
                }
            }
            events.save();
        } catch (RepositoryException | RuntimeException e) {
            events.refresh(false);
            throw e;
        }
        created.addAll(createdNow);
    }

    /**
     * Puts the workspace back as it was before this write: removes the created events (and the year folders
     * they alone filled) and restores the updated ones. Failures of the undo are added to {@code cause}.
     */
    public void undo(Exception cause) {
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
        if (undoLog != null) {
            undoLog.close();
        }
    }
}
