package dev.events.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a publication request stands. */
public enum TaskStatus {
    /** Waiting for a publisher. */
    OPEN,
    /** A publisher took it. */
    CLAIMED,
    /** Approved; publishes at its publication time. */
    SCHEDULED,
    /** Published (or approved for unpublication); unpublishes at its unpublication time. */
    UNPUBLISH_SCHEDULED,
    /** Approved and carried out. */
    DONE,
    /** Refused with a comment. */
    REJECTED;

    /** @return the stored value, e.g. {@code unpublish-scheduled} */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<TaskStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }

    /** @return true while a publisher still has to decide */
    public boolean undecided() {
        return this == OPEN || this == CLAIMED;
    }
}
