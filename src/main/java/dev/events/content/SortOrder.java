package dev.events.content;

import java.util.Arrays;
import java.util.Optional;

/** The orders an event listing offers; the value is what components store and {@code ?sort=} takes. */
public enum SortOrder {
    /** Newest first publication first. */
    PUBLISHED("published"),
    /** Ongoing and upcoming by start ascending, then past events by start descending. */
    UPCOMING_FIRST("upcoming-first"),
    /** Only events not ended yet, by start ascending. */
    UPCOMING("upcoming"),
    /** Only ended events, most recent start first. */
    PAST("past");

    private final String value;

    SortOrder(String value) {
        this.value = value;
    }

    /** @return the stored value, e.g. {@code upcoming-first} */
    public String value() {
        return value;
    }

    /** @return the order with this stored value */
    public static Optional<SortOrder> of(String value) {
        return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst();
    }
}
