package dev.events.cli;

/** Turns a failure into the message a user reads: the cause's own words, not a stack trace. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null ? shown.toString() : shown.getMessage();
    }
}
