package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.nodetype.ConstraintViolationException;
import javax.jcr.nodetype.PropertyDefinition;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.events.testing.TestSite;

/**
 * Node types of a repository an earlier release created are updated when it opens. TestSite always starts with
 * the current definitions, so these tests open a repository of their own with the old ones first.
 */
class EmbeddedRepositoryTest {

    private static final URL BEFORE_ASSETS = EmbeddedRepositoryTest.class.getResource(
            "/dam/magnolia-nodetypes-before-assets.cnd");

    private Path home;

    @BeforeEach
    void createFolder() throws Exception {
        home = Files.createTempDirectory("events-repository-test");
    }

    @AfterEach
    void deleteFolder() {
        TestSite.deleteRecursively(home);
    }

    @Test
    void theOldResourceTypeRefusesAssetProperties() throws Exception {
        try (EmbeddedRepository old = EmbeddedRepository.open("author", home, BEFORE_ASSETS)) {
            assertThat(acceptsFileName(old)).isFalse();
            assertThatThrownBy(() -> store(old, "refused.png")).isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("fileName");
        }
    }

    @Test
    void updatesTheResourceTypeOfARepositoryCreatedBeforeAssets() throws Exception {
        EmbeddedRepository.open("author", home, BEFORE_ASSETS).close();

        try (EmbeddedRepository updated = EmbeddedRepository.open("author", home)) {
            assertThat(acceptsFileName(updated)).isTrue();
            store(updated, "kept.png");
        }
        try (EmbeddedRepository reopened = EmbeddedRepository.open("author", home)) {
            assertThat(acceptsFileName(reopened)).isTrue();
            Session dam = reopened.login(Workspaces.DAM);
            try {
                assertThat(dam.getNode("/kept.png/jcr:content").getProperty("fileName").getString())
                        .isEqualTo("kept.png");
            } finally {
                dam.logout();
            }
        }
    }

    @Test
    void reopensARepositoryWithUnchangedTypesAgainAndAgain() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
                assertThat(acceptsFileName(repository)).isTrue();
            }
        }
    }

    /**
     * A {@code kill -9} while Derby creates a workspace's database (Jackrabbit creates it when the workspace is first
     * used) leaves a folder without {@code service.properties}, which Derby refuses to boot ever after. ServerKillTest
     * found it; here the interrupted creation is made by hand.
     */
    @Test
    void aWorkspaceDatabaseWhoseCreationWasInterruptedIsCreatedAgain() throws Exception {
        try (EmbeddedRepository created = EmbeddedRepository.open("author", home)) {
            created.login(Workspaces.TASKS).logout();
        }
        Path database = home.resolve("workspaces").resolve(Workspaces.TASKS).resolve("db");
        Files.delete(database.resolve("service.properties"));
        assertThat(CrashRecovery.unfinished(home)).containsExactly(database);

        try (EmbeddedRepository reopened = EmbeddedRepository.open("author", home)) {
            Session tasks = reopened.login(Workspaces.TASKS);
            try {
                tasks.getRootNode().addNode("written", "nt:unstructured");
                tasks.save();
            } finally {
                tasks.logout();
            }
        }
        assertThat(database.resolve("service.properties")).exists();
        assertThat(home.resolve(".lock")).doesNotExist();
    }

    @Test
    void aRepositoryOpenElsewhereIsInUseAndItsDatabasesAreLeftAlone() throws Exception {
        try (EmbeddedRepository open = EmbeddedRepository.open("author", home)) {
            assertThatThrownBy(() -> EmbeddedRepository.open("author", home))
                    .isInstanceOf(RepositoryInUseException.class).hasMessageContaining("in use by another process");
            Session tasks = open.login(Workspaces.TASKS);
            tasks.logout();
        }
    }

    /**
     * Jackrabbit grants everyone read access to a workspace when the workspace is first used; read-only logins racing
     * with that first use were refused ("Not allowed to access Workspace dam"), which ConcurrentUseTest found as 500s
     * of the delivery API on a new site. The first login to each workspace now happens alone.
     */
    @Test
    void readOnlyLoginsToEveryWorkspaceOfANewRepositorySucceedAllAtOnce() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open("public", home)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> logins = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String workspace = Workspaces.ALL.get(i % Workspaces.ALL.size());
                logins.add(pool.submit(() -> {
                    start.await();
                    Session session = repository.loginReadOnly(workspace);
                    session.logout();
                    return workspace;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<String> login : logins) {
                assertThat(login.get()).isIn(Workspaces.ALL);
            }
            pool.shutdown();
        }
    }

    /** Bulk writes and publications pay in the collector for larger caches (docs/performance.md). */
    @Test
    void itemStateCachesShareTwoMegabytesInsteadOfJackrabbitsSixteen() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            assertThat(repository.itemStateCacheBytes()).isEqualTo(2L * 1024 * 1024);
        }
    }

    private static boolean acceptsFileName(EmbeddedRepository repository) throws Exception {
        Session session = repository.login(Workspaces.DAM);
        try {
            for (PropertyDefinition p : session.getWorkspace().getNodeTypeManager()
                    .getNodeType(NodeTypes.RESOURCE).getPropertyDefinitions()) {
                if (p.getName().equals("*")) {
                    return true;
                }
            }
            return false;
        } finally {
            session.logout();
        }
    }

    private static void store(EmbeddedRepository repository, String name) throws Exception {
        Session dam = repository.login(Workspaces.DAM);
        try {
            Node resource = dam.getRootNode().addNode(name, NodeTypes.ASSET).addNode("jcr:content", NodeTypes.RESOURCE);
            resource.setProperty("jcr:data", dam.getValueFactory().createBinary(
                    new ByteArrayInputStream(new byte[] {1, 2, 3})));
            resource.setProperty("jcr:mimeType", "image/png");
            resource.setProperty("fileName", name);
            resource.setProperty("size", 3L);
            dam.save();
        } finally {
            dam.logout();
        }
    }
}
