package dev.events.publish;

/** A workflow step that is not allowed now; the message says why, the status how HTTP answers it. */
public final class WorkflowException extends Exception {

    private final int status;

    /** @param status 403 not allowed for this user, 409 not in this state, 422 bad input, 404 unknown */
    public WorkflowException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** @return the HTTP status that answers it */
    public int status() {
        return status;
    }
}
