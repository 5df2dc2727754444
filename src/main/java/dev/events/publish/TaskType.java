package dev.events.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an editor asks a publisher for. */
public enum TaskType {
    PUBLISH, UNPUBLISH;

    /** @return the stored value: {@code publish}, {@code unpublish} */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TaskType> of(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst();
    }
}
