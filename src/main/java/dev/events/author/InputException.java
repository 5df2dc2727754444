package dev.events.author;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input of a form that is refused, with a message per input name; nothing was written. */
final class InputException extends Exception {

    private final transient Map<String, String> problems;

    /** @param problems the message of each faulty input, in the order of the form */
    InputException(Map<String, String> problems) {
        super(String.join("; ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        this.problems = new LinkedHashMap<>(problems);
    }

    /** A single faulty input. */
    InputException(String input, String message) {
        this(Map.of(input, message));
    }

    /** @return the message of each faulty input */
    Map<String, String> problems() {
        return problems;
    }
}
