package dev.events.content;

import java.util.Objects;

/**
 * The PostgreSQL database that holds a clustered public repository: every node's bundles, binaries, repository
 * file system and the cluster journal, through which each node learns of the others' changes. What stays local
 * to a node (its search indexes, workspace configurations and journal revision) lives in its data folder.
 *
 * @param url      a JDBC URL {@code jdbc:postgresql://HOST[:PORT]/DATABASE}
 * @param user     the database user
 * @param password the password, empty for none (trust or peer authentication)
 * @param nodeId   this process's cluster node identifier, unique in the cluster and stable across restarts: the
 *                 journal remembers per identifier how far each node has read
 */
public record ClusterDatabase(String url, String user, String password, String nodeId) {

    /** Checked the way Jackrabbit would fail late and obscurely: a URL of another database, a blank identifier. */
    public ClusterDatabase {
        Objects.requireNonNull(password, "password");
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("'" + url + "' is not a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://HOST[:PORT]/DATABASE)");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("no database user");
        }
        if (nodeId == null || !nodeId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("'" + nodeId + "' is not a cluster node id (1-63 of A-Z a-z 0-9 . _ -, "
                    + "starting with a letter or digit)");
        }
    }

    /** @return the URL without its parameters, which may hold a password: for logs and messages */
    public String address() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Never shows the password: the record lands in logs and messages. */
    @Override
    public String toString() {
        return "ClusterDatabase[" + address() + ", user " + user + ", node " + nodeId + "]";
    }
}
