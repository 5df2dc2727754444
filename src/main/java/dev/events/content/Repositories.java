package dev.events.content;

import java.nio.file.Path;

import javax.jcr.RepositoryException;

/**
 * The author and public repositories of one data folder ({@code DATA/author}, {@code DATA/public}).
 * Editors work in author; the public site, feeds and APIs read public only.
 */
public final class Repositories implements AutoCloseable {

    private final EmbeddedRepository author;
    private final EmbeddedRepository published;

    private Repositories(EmbeddedRepository author, EmbeddedRepository published) {
        this.author = author;
        this.published = published;
    }

    /** Opens both repositories of {@code dataDir}, creating them on first use. */
    public static Repositories open(Path dataDir) throws RepositoryException {
        EmbeddedRepository author = EmbeddedRepository.open("author", dataDir.resolve("author"));
        try {
            return new Repositories(author, EmbeddedRepository.open("public", dataDir.resolve("public")));
        } catch (RepositoryException | RuntimeException e) {
            author.close();
            throw e;
        }
    }

    /** @return where editors work */
    public EmbeddedRepository author() {
        return author;
    }

    /** @return what visitors see: published nodes only */
    public EmbeddedRepository published() {
        return published;
    }

    @Override
    public void close() {
        published.close();
        author.close();
    }
}
