package dev.events.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import javax.jcr.GuestCredentials;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.cache.CacheManager;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.xml.sax.InputSource;

/**
 * One embedded Jackrabbit 2 repository on disk, with Magnolia's node types and the runtime's workspaces.
 * Created on first open; a repository that another process holds is refused with {@link RepositoryInUseException}.
 */
public final class EmbeddedRepository implements AutoCloseable {

    private static final String CONFIG = "repository.xml";
    /** A node of a public cluster on PostgreSQL: see {@link ClusterDatabase}. */
    private static final String CLUSTER_CONFIG = "repository-cluster.xml";
    /** How often a cluster node reads the journal for the others' changes, in milliseconds. */
    public static final int SYNC_DELAY_MS = 1_000;
    private static final String NODE_TYPES = "magnolia-nodetypes.cnd";
    /**
     * Memory of all of a repository's item state caches together; Jackrabbit's default is 16 MB. A bulk import or
     * publication reads or writes each node once, so what these caches held merely outlived the young generation:
     * the collector copied it, promoted it and marked it again. With 2 MB a publication of 100,000 events spent a
     * third less time in the collector and ran 10% faster (docs/performance.md). Visitors' reads hardly use them:
     * listings come from the event catalog, pages from the page cache, and nodes from the bundle cache under them.
     */
    static final long ITEM_STATE_CACHE_BYTES = 2L << 20;

    private final String name;
    private final Path home;
    private final RepositoryImpl repository;
    /** The workspaces this process has logged in to already, {@code "null"} for the default one. */
    private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EmbeddedRepository(String name, Path home, RepositoryImpl repository) {
        this.name = name;
        this.home = home;
        this.repository = repository;
    }

    /**
     * Opens (creating when absent) the repository in {@code home}.
     *
     * @param name a label for messages: author or public
     */
    public static EmbeddedRepository open(String name, Path home) throws RepositoryException {
        return open(name, home, EmbeddedRepository.class.getResource(NODE_TYPES));
    }

    /** Opens the repository with other node type definitions: tests open one as an earlier release left it. */
    static EmbeddedRepository open(String name, Path home, URL nodeTypes) throws RepositoryException {
        return open(name, home, nodeTypes, CONFIG, new Properties());
    }

    /**
     * Opens (creating when absent) this process's node of a cluster: shared content in the database, the node's own
     * search indexes, workspace configurations and journal revision in {@code home}.
     *
     * @param name a label for messages
     */
    public static EmbeddedRepository openClustered(String name, Path home, ClusterDatabase database)
            throws RepositoryException {
        Properties variables = new Properties();
        variables.setProperty("db.url", database.url());
        variables.setProperty("db.user", database.user());
        variables.setProperty("db.password", database.password());
        variables.setProperty("cluster.id", database.nodeId());
        variables.setProperty("cluster.syncDelay", Integer.toString(SYNC_DELAY_MS));
        try {
            return open(name, home, EmbeddedRepository.class.getResource(NODE_TYPES), CLUSTER_CONFIG, variables);
        } catch (RepositoryInUseException e) {
            throw e;
        } catch (RepositoryException e) {
            // Jackrabbit's own message names the part that failed, not the database that refused it
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new RepositoryException("Cannot open the " + name + " repository as node " + database.nodeId()
                    + " of the cluster on " + database.address() + ": " + cause.getMessage(), e);
        }
    }

    private static EmbeddedRepository open(String name, Path home, URL nodeTypes, String config,
            Properties variables) throws RepositoryException {
        RepositoryImpl repository = start(name, home, config, variables);
        EmbeddedRepository opened = new EmbeddedRepository(name, home, repository);
        try {
            opened.prepare(nodeTypes);
        } catch (RepositoryException | RuntimeException e) {
            repository.shutdown();
            throw e;
        }
        return opened;
    }

    private static RepositoryImpl start(String name, Path home, String config, Properties variables)
            throws RepositoryException {
        try (InputStream xml = EmbeddedRepository.class.getResourceAsStream(config)) {
            Files.createDirectories(home);
            CrashRecovery.recover(name, home);
            variables.setProperty("rep.home", home.toAbsolutePath().toString());
            RepositoryImpl repository = RepositoryImpl.create(RepositoryConfig.create(new InputSource(xml), variables));
            limitItemStateCaches(repository.getCacheManager());
            return repository;
        } catch (IOException e) {
            throw new RepositoryException("Cannot create the " + name + " repository in " + home + ": " + e, e);
        } catch (RepositoryException e) {
            if (RepositoryInUseException.isLockFailure(e)) {
                throw new RepositoryInUseException(name, home, e);
            }
            throw e;
        }
    }

    /** Shares {@value #ITEM_STATE_CACHE_BYTES} bytes among the caches, a quarter at most and 1/64 at least each. */
    private static void limitItemStateCaches(CacheManager caches) {
        caches.setMaxMemory(ITEM_STATE_CACHE_BYTES);
        caches.setMaxMemoryPerCache(ITEM_STATE_CACHE_BYTES / 4);
        caches.setMinMemoryPerCache(ITEM_STATE_CACHE_BYTES / 64);
    }

    /** @return the memory all item state caches of this repository share, in bytes */
    long itemStateCacheBytes() {
        return repository.getCacheManager().getMaxMemory();
    }

    private void prepare(URL nodeTypes) throws RepositoryException {
        Session session = login(null);
        try {
            NodeTypeRegistration.ensure(session, nodeTypes);
            List<String> existing = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
            for (String workspace : Workspaces.ALL) {
                if (!existing.contains(workspace)) {
                    session.getWorkspace().createWorkspace(workspace);
                }
            }
        } finally {
            session.logout();
        }
    }

    /**
     * Opens a session with full rights; the caller logs it out.
     *
     * @param workspace a workspace name, or null for the default workspace
     */
    public Session login(String workspace) throws RepositoryException {
        firstUse(workspace);
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
    }

    /**
     * Opens a read-only session, as visitors get: the public site cannot write whatever a template does.
     *
     * @param workspace a workspace name
     */
    public Session loginReadOnly(String workspace) throws RepositoryException {
        firstUse(workspace);
        return repository.login(new GuestCredentials(), workspace);
    }

    /**
     * Lets the first login to each workspace happen alone. Jackrabbit sets up a workspace's access control (everyone
     * may read) on its first use in a process, and refuses the read-only logins racing with that ("Not allowed to
     * access Workspace"): visitors arriving at once on a new site got 500s.
     */
    private void firstUse(String workspace) throws RepositoryException {
        String key = String.valueOf(workspace);
        if (!used.contains(key)) {
            synchronized (used) {
                if (!used.contains(key)) {
                    repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace).logout();
                    used.add(key);
                }
            }
        }
    }

    /** @return author or public */
    public String name() {
        return name;
    }

    /** @return the folder the repository lives in */
    public Path home() {
        return home;
    }

    @Override
    public void close() {
        repository.shutdown();
    }
}
