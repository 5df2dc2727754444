package dev.events.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user of the author instance may do. */
public enum Role {
    /** Creates and edits content, requests publication. */
    EDITOR,
    /** Approves and publishes. */
    PUBLISHER,
    /** Everything, including users and imports. */
    ADMIN;

    /** @return the stored and typed name: {@code editor}, {@code publisher}, {@code admin} */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the role with this stored name */
    public static Optional<Role> of(String value) {
        return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst();
    }
}
