package dev.events.publish;

/** A workflow step that is not allowed now; the message says why, the status how HTTP answers it. */
public final class WorkflowException extends Exception {

    private final int status;
    private final boolean stale;

    /** @param status 403 not allowed for this user, 409 not in this state, 422 bad input, 404 unknown */
    public WorkflowException(int status, String message) {
        this(status, message, false);
    }

    private WorkflowException(int status, String message, boolean stale) {
        super(message);
        this.status = status;
        this.stale = stale;
    }

    /**
     * @param kind "event" or "page"
     * @return the refusal of a request whose item changed since it was made: it can never be approved
     */
    static WorkflowException staleRequest(String kind) {
        return new WorkflowException(409, "The " + kind + " changed after the request; the editor must request "
                + "publication again.", true);
    }

    /** @return true when the request can never be approved and is closed as rejected */
    boolean stale() {
        return stale;
    }

    /** @return the HTTP status that answers it */
    public int status() {
        return status;
    }
}
