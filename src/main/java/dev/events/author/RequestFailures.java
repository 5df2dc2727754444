package dev.events.author;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.jetty.http.HttpException;

/**
 * Requests that cannot be read: Jetty parses a form when its parameters are first read (the CSRF check, on every
 * POST) and throws when the body is too large, has too many fields or parts, is not UTF-8 or is not well-formed
 * multipart. These are the client's fault: they answer 413 or 400 with a message saying what to change, never a
 * 500, and nothing is written since no handler ran.
 */
final class RequestFailures {

    /**
     * @param status  413 or 400
     * @param message what the author reads
     */
    record Refusal(int status, String message) {
    }

    static final String TOO_LARGE = "The form is larger than the site accepts (more than 2 MB of text, 1,000 "
            + "fields, a file over 25 MB or 60 MB in all). Send less.";
    static final String UNREADABLE = "The form could not be read: it is not well-formed or not UTF-8.";

    private RequestFailures() {
    }

    /** @return the refusal when the failure is an unreadable request, else empty (a failure of the server) */
    static Optional<Refusal> of(Throwable failure) {
        boolean unreadable = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            boolean http413 = t instanceof HttpException http && http.getCode() == 413;
            if (http413 || message.contains("exceeds") || message.contains("exceeded")
                    || message.contains("too large") || message.contains("larger than")
                    || message.contains("too many")) {
                return Optional.of(new Refusal(413, TOO_LARGE));
            }
            unreadable |= t instanceof HttpException http && http.getCode() == 400;
        }
        return unreadable ? Optional.of(new Refusal(400, UNREADABLE)) : Optional.empty();
    }
}
