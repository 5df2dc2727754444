package dev.events.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.content.ClusterDatabase;
import dev.events.content.InstanceRole;
import dev.events.content.Topology;

class ClusterOptionsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/events";

    @TempDir
    Path folder;

    @Test
    void withoutOptionsTheProcessIsTheWholeSiteOnDisk() {
        assertThat(options("both", null, null).topology(Map.of(), true)).isEqualTo(Topology.EMBEDDED);
    }

    @Test
    void aClusterNodeGetsItsDatabaseUserPasswordAndId() {
        Topology topology = options("public", URL, "web-1").topology(Map.of("EVENTS_DB_PASSWORD", "s3cret"), false);
        assertThat(topology.role()).isEqualTo(InstanceRole.PUBLIC);
        assertThat(topology.cluster()).isEqualTo(new ClusterDatabase(URL, "events", "s3cret", "web-1"));
        assertThat(topology.cluster().toString()).doesNotContain("s3cret");
        assertThat(new ClusterDatabase(URL + "?password=inUrl", "events", "", "web-1").toString())
                .contains(URL).doesNotContain("inUrl");
    }

    @Test
    void thePasswordFileGivesItsFirstLine() throws Exception {
        ClusterOptions options = options("author", URL, "author");
        options.dbUser = "cms";
        options.dbPasswordFile = Files.writeString(folder.resolve("pw"), "from file\r\nignored\n");
        Topology topology = options.topology(Map.of(), true);
        assertThat(topology.cluster().password()).isEqualTo("from file");
        assertThat(topology.cluster().user()).isEqualTo("cms");
    }

    @Test
    void aPasswordInBothTheFileAndTheEnvironmentIsRefused() throws Exception {
        ClusterOptions options = options("public", URL, "web-1");
        options.dbPasswordFile = Files.writeString(folder.resolve("pw"), "a\n");
        assertThatThrownBy(() -> options.topology(Map.of("EVENTS_DB_PASSWORD", "b"), false))
                .hasMessageStartingWith("--db-password-file").hasMessageContaining("EVENTS_DB_PASSWORD");
    }

    @Test
    void anUnreadablePasswordFileIsNamed() {
        ClusterOptions options = options("public", URL, "web-1");
        options.dbPasswordFile = folder.resolve("absent");
        assertThatThrownBy(() -> options.topology(Map.of(), false)).hasMessageStartingWith("--db-password-file")
                .hasMessageContaining("absent");
    }

    @Test
    void badCombinationsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> options("public", null, null).topology(Map.of(), false))
                .hasMessageStartingWith("--role public needs --repository-url");
        assertThatThrownBy(() -> options("author", null, null).topology(Map.of(), false))
                .hasMessageStartingWith("--role author needs --repository-url");
        assertThatThrownBy(() -> options("both", null, "web-1").topology(Map.of(), false))
                .hasMessage("--cluster-node-id needs --repository-url");
        assertThatThrownBy(() -> options("both", URL, null).topology(Map.of(), false))
                .hasMessageStartingWith("--repository-url needs --cluster-node-id");
        assertThatThrownBy(() -> options("both", "jdbc:derby:data", "web-1").topology(Map.of(), false))
                .hasMessageStartingWith("--repository-url: 'jdbc:derby:data' is not a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> options("both", URL, "web 1").topology(Map.of(), false))
                .hasMessageStartingWith("--cluster-node-id: 'web 1'");
        assertThatThrownBy(() -> options("public", URL, "web-1").topology(Map.of(), true))
                .hasMessageStartingWith("--demo");
        assertThatThrownBy(() -> options("editor", URL, "web-1").topology(Map.of(), false))
                .hasMessageStartingWith("--role: unknown role 'editor'");
    }

    @Test
    void serveExitsWith2NamingTheOptionBeforeOpeningAnything() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--data",
                folder.resolve("data").toString(), "--role", "public");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--role public needs --repository-url");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    private static ClusterOptions options(String role, String url, String nodeId) {
        ClusterOptions options = new ClusterOptions();
        options.role = role;
        options.repositoryUrl = url;
        options.clusterNodeId = nodeId;
        return options;
    }
}
