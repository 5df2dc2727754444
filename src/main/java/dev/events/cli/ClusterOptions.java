package dev.events.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Option;

import dev.events.content.ClusterDatabase;
import dev.events.content.InstanceRole;
import dev.events.content.Topology;

/**
 * {@code serve}'s options for a site of several processes: the role of this one, and the PostgreSQL database of the
 * public cluster. Without them, the process is the single-machine site it always was. Checked before anything
 * opens: a bad combination is refused naming the option ({@link IllegalArgumentException}, exit 2).
 */
final class ClusterOptions {

    /** Where the database password comes from, unless {@code --db-password-file}: never the command line. */
    static final String PASSWORD_VARIABLE = "EVENTS_DB_PASSWORD";
    static final String DEFAULT_USER = "events";

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "both",
            description = "author, public or both (one process is the whole site). Default: ${DEFAULT-VALUE}")
    String role;

    @Option(names = "--repository-url", paramLabel = "JDBC-URL", description = "The public repository as a "
            + "cluster on PostgreSQL: jdbc:postgresql://HOST[:PORT]/DATABASE. Default: on disk in the data folder")
    String repositoryUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "The database user. Default: " + DEFAULT_USER)
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "A file whose first line is the "
            + "database password. Default: the environment variable " + PASSWORD_VARIABLE + ", else none")
    Path dbPasswordFile;

    @Option(names = "--cluster-node-id", paramLabel = "ID", description = "This process's name in the cluster: "
            + "unique, and the same across restarts")
    String clusterNodeId;

    /**
     * @param environment the process's environment variables
     * @param demo        whether {@code --demo} was given
     * @return what this process opens
     * @throws IllegalArgumentException naming the option at fault
     */
    Topology topology(Map<String, String> environment, boolean demo) {
        InstanceRole instanceRole = role();
        if (demo && !instanceRole.authors()) {
            throw new IllegalArgumentException("--demo writes the author repository, which --role public does not open");
        }
        if (repositoryUrl == null) {
            refuseWithoutUrl(instanceRole);
            return Topology.EMBEDDED;
        }
        return new Topology(instanceRole, database(environment));
    }

    private InstanceRole role() {
        try {
            return InstanceRole.of(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--role: " + e.getMessage(), e);
        }
    }

    private void refuseWithoutUrl(InstanceRole instanceRole) {
        if (instanceRole != InstanceRole.BOTH) {
            throw new IllegalArgumentException("--role " + instanceRole.value() + " needs --repository-url: separate "
                    + "author and public processes share the public repository as a cluster on PostgreSQL");
        }
        onlyWithUrl("--db-user", dbUser);
        onlyWithUrl("--db-password-file", dbPasswordFile);
        onlyWithUrl("--cluster-node-id", clusterNodeId);
    }

    private static void onlyWithUrl(String option, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(option + " needs --repository-url");
        }
    }

    private ClusterDatabase database(Map<String, String> environment) {
        if (!repositoryUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--repository-url: '" + repositoryUrl
                    + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://HOST[:PORT]/DATABASE)");
        }
        if (clusterNodeId == null) {
            throw new IllegalArgumentException("--repository-url needs --cluster-node-id: each process of the cluster "
                    + "has its own, the same across restarts");
        }
        if (!clusterNodeId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("--cluster-node-id: '" + clusterNodeId
                    + "' is not 1-63 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
        if (dbUser != null && dbUser.isBlank()) {
            throw new IllegalArgumentException("--db-user: empty");
        }
        return new ClusterDatabase(repositoryUrl, dbUser == null ? DEFAULT_USER : dbUser, password(environment),
                clusterNodeId);
    }

    /** @return the password: from the file, else the environment, else none; never both */
    private String password(Map<String, String> environment) {
        String variable = environment.get(PASSWORD_VARIABLE);
        if (dbPasswordFile == null) {
            return variable == null ? "" : variable;
        }
        if (variable != null) {
            throw new IllegalArgumentException("--db-password-file: the password is in " + PASSWORD_VARIABLE
                    + " too; give it once");
        }
        try {
            String text = Files.readString(dbPasswordFile, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).replaceAll("\r$", "");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--db-password-file: cannot read " + dbPasswordFile + " (" + e + ")",
                    e);
        }
    }
}
