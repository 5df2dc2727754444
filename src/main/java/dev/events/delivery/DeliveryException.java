package dev.events.delivery;

/**
 * A request the delivery API refuses, answered with Magnolia's error JSON
 * ({@code {"error": {"code": "...", "message": "..."}}}) and the status Magnolia gives the same failure.
 */
final class DeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    private DeliveryException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** A bad query parameter: 400 {@code badRequest}, the message starting with the parameter's name. */
    static DeliveryException badParameter(String parameter, String problem) {
        return new DeliveryException(400, "badRequest", "Parameter '" + parameter + "': " + problem);
    }

    /** No node (published, of a served type) at a path: 404 {@code pathNotFound}, the path as message. */
    static DeliveryException pathNotFound(String path) {
        return new DeliveryException(404, "pathNotFound", path);
    }

    /** No endpoint at a URL: 404 {@code notFound}. */
    static DeliveryException notFound(String uri) {
        return new DeliveryException(404, "notFound", "No REST endpoint at " + uri);
    }

    /** A method other than GET, HEAD and OPTIONS: 405 {@code methodNotAllowed}. */
    static DeliveryException methodNotAllowed(String method) {
        return new DeliveryException(405, "methodNotAllowed", "The delivery API is read-only: " + method
                + " is not allowed; use GET");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
