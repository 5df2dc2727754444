package dev.events.content;

import java.util.Locale;

/**
 * What one process of a site does ({@code serve --role}). {@link #BOTH}, the default, is the single-process site:
 * the author and public repositories, the author UI and the public site. With the public repository in a cluster
 * ({@link ClusterDatabase}), an {@link #AUTHOR} process edits and publishes into the cluster, and any number of
 * {@link #PUBLIC} processes, nodes of the same cluster, serve visitors.
 */
public enum InstanceRole {
    /** The author repository and UI, publishing into the public cluster; serves the public site too (preview). */
    AUTHOR,
    /** A node of the public cluster: the public site and APIs only, no author repository, nothing written. */
    PUBLIC,
    /** Author and public in one process: today's single-machine site. */
    BOTH;

    /** @return true when the process opens the author repository and serves the author UI */
    public boolean authors() {
        return this != PUBLIC;
    }

    /** @return the value of {@code --role} */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the role of a {@code --role} value (author, public or both) */
    public static InstanceRole of(String value) {
        for (InstanceRole role : values()) {
            if (role.value().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + value + "': author, public or both");
    }
}
