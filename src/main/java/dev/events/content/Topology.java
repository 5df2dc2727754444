package dev.events.content;

import java.util.Optional;

/**
 * Which repositories a process opens and where its public repository lives: on disk in the data folder
 * ({@link #EMBEDDED}, the default), or as a node of a cluster on PostgreSQL.
 *
 * @param role    what the process does
 * @param cluster the cluster's database, or null for the embedded public repository
 */
public record Topology(InstanceRole role, ClusterDatabase cluster) {

    /** One process, both repositories on disk: what every command but {@code serve --role} uses. */
    public static final Topology EMBEDDED = new Topology(InstanceRole.BOTH, null);

    /** Separate author and public processes share the public repository through a cluster only. */
    public Topology {
        if (role != InstanceRole.BOTH && cluster == null) {
            throw new IllegalArgumentException("role " + role.value() + " needs a clustered public repository");
        }
    }

    /** @return the cluster's database, empty for the embedded public repository */
    public Optional<ClusterDatabase> clustered() {
        return Optional.ofNullable(cluster);
    }
}
