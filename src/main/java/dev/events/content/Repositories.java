package dev.events.content;

import java.nio.file.Path;

import javax.jcr.RepositoryException;

/**
 * The author and public repositories of one data folder ({@code DATA/author}, {@code DATA/public}).
 * Editors work in author; the public site, feeds and APIs read public only. With a clustered public repository
 * ({@link Topology}), the public repository is this process's node of the cluster (its local part in
 * {@code DATA/public-node}), and a {@link InstanceRole#PUBLIC public} process opens no author repository.
 */
public final class Repositories implements AutoCloseable {

    /** The local part of a cluster node: kept apart from {@code public}, whose workspaces would name Derby. */
    static final String CLUSTER_NODE_FOLDER = "public-node";

    private final EmbeddedRepository author;
    private final EmbeddedRepository published;

    private Repositories(EmbeddedRepository author, EmbeddedRepository published) {
        this.author = author;
        this.published = published;
    }

    /** Opens both repositories of {@code dataDir}, creating them on first use. */
    public static Repositories open(Path dataDir) throws RepositoryException {
        return open(dataDir, Topology.EMBEDDED);
    }

    /** Opens the repositories the topology gives this process, creating them on first use. */
    public static Repositories open(Path dataDir, Topology topology) throws RepositoryException {
        EmbeddedRepository author = topology.role().authors()
                ? EmbeddedRepository.open("author", dataDir.resolve("author")) : null;
        try {
            EmbeddedRepository published = topology.cluster() == null
                    ? EmbeddedRepository.open("public", dataDir.resolve("public"))
                    : EmbeddedRepository.openClustered("public", dataDir.resolve(CLUSTER_NODE_FOLDER),
                            topology.cluster());
            return new Repositories(author, published);
        } catch (RepositoryException | RuntimeException e) {
            if (author != null) {
                author.close();
            }
            throw e;
        }
    }

    /**
     * @return where editors work
     * @throws IllegalStateException in a public process, which has no author repository
     */
    public EmbeddedRepository author() {
        if (author == null) {
            throw new IllegalStateException("This process serves the public role: it has no author repository");
        }
        return author;
    }

    /** @return true unless this is a public process of a cluster */
    public boolean hasAuthor() {
        return author != null;
    }

    /** @return what visitors see: published nodes only */
    public EmbeddedRepository published() {
        return published;
    }

    @Override
    public void close() {
        published.close();
        if (author != null) {
            author.close();
        }
    }
}
