package dev.events.publish;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.NodeTypes;

/**
 * The workflow properties of an author event, in the runtime's own namespace so that saves of the event's content
 * keep them and publication strips them: {@code events:workflow} (pending, scheduled, rejected), {@code events:task},
 * {@code events:note} (a rejection's comment).
 */
public final class EventWorkflowState {

    public static final String STATE = NodeTypes.WORKFLOW_STATE;
    public static final String TASK = NodeTypes.WORKFLOW_TASK;
    public static final String NOTE = NodeTypes.WORKFLOW_NOTE;

    private EventWorkflowState() {
    }

    static void set(Node event, String state, String task, String note) throws RepositoryException {
        event.setProperty(STATE, state);
        event.setProperty(TASK, task);
        event.setProperty(NOTE, note);
    }

    static void clear(Node event) throws RepositoryException {
        for (String name : new String[] {STATE, TASK, NOTE}) {
            if (event.hasProperty(name)) {
                event.getProperty(name).remove();
            }
        }
    }

    /** @return pending, scheduled or rejected; empty when no request is under way */
    public static String of(Node event) throws RepositoryException {
        return event.hasProperty(STATE) ? event.getProperty(STATE).getString() : "";
    }

    /** @return the comment of a rejection, or empty */
    public static String note(Node event) throws RepositoryException {
        return event.hasProperty(NOTE) ? event.getProperty(NOTE).getString() : "";
    }
}
