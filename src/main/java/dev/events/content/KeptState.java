package dev.events.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * What restoring a version leaves as it is, because it is not content: the publication record (an old version
 * must not claim an old publication; publication owns the first publication time), the trash state, the
 * event's place in the approval workflow, and its calendar {@code SEQUENCE} with the dates last published, which
 * must never go down (calendars ignore an update whose {@code SEQUENCE} is lower than the one they hold).
 */
final class KeptState {

    private static final List<String> KEPT = List.of(NodeTypes.ACTIVATION_STATUS, NodeTypes.LAST_ACTIVATED,
            NodeTypes.LAST_ACTIVATED_BY, NodeTypes.LAST_ACTIVATED_VERSION,
            NodeTypes.LAST_ACTIVATED_VERSION_CREATED, EventProperties.PUBLISHED,
            NodeTypes.DELETED, NodeTypes.DELETED_BY, NodeTypes.WORKFLOW_STATE, NodeTypes.WORKFLOW_TASK,
            NodeTypes.WORKFLOW_NOTE, NodeTypes.CALENDAR_SEQUENCE, NodeTypes.PUBLISHED_TIMING);

    private final boolean trashed;
    private final Map<String, Value> values;

    private KeptState(boolean trashed, Map<String, Value> values) {
        this.trashed = trashed;
        this.values = values;
    }

    /** Reads the kept state of an event before a restore. */
    static KeptState of(Node event) throws RepositoryException {
        Map<String, Value> values = new HashMap<>();
        for (String name : KEPT) {
            if (event.hasProperty(name)) {
                values.put(name, event.getProperty(name).getValue());
            }
        }
        return new KeptState(EventHistory.isTrashed(event), values);
    }

    /** Puts the kept state back onto the restored, checked-out event (unsaved). */
    void applyTo(Node event) throws RepositoryException {
        if (trashed && !EventHistory.isTrashed(event)) {
            event.addMixin(NodeTypes.DELETED);
        }
        for (String name : KEPT) {
            if (values.containsKey(name)) {
                event.setProperty(name, values.get(name));
            } else if (event.hasProperty(name)) {
                event.getProperty(name).remove();
            }
        }
        if (!trashed && EventHistory.isTrashed(event)) {
            event.removeMixin(NodeTypes.DELETED);
        }
    }
}
