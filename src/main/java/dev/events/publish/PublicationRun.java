package dev.events.publish;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.Repositories;

/**
 * One publication of many nodes, batch by batch: each batch is copied to public and saved there, then the
 * author nodes record it (saved after the public save, so that author never claims a publication that did not
 * happen). With several batches, the author side of one batch runs in a second thread while the next batch is
 * copied: the two repositories save in parallel, on two cores. Close it to end the thread.
 */
final class PublicationRun implements AutoCloseable {

    private final Repositories repositories;
    private final String workspace;
    private final Calendar now;
    private final String user;
    private final ExecutorService marker;
    private Future<?> pending;
    private final List<String> done = new ArrayList<>();

    /** @param parallel whether the author side runs in its own thread: worth it for more than one batch */
    PublicationRun(Repositories repositories, String workspace, Calendar now, String user, boolean parallel)
            throws RepositoryException {
        this.repositories = repositories;
        this.workspace = workspace;
        this.now = now;
        this.user = user;
        this.marker = parallel ? Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "publication-author");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /**
     * Publishes a batch in one public save; its author side is saved before the next batch's. Each batch has
     * sessions of its own: a session kept for a whole bulk publication caches every node it read, which the
     * collector then copes with for minutes at 100,000 events.
     */
    void publish(List<String> ids) throws RepositoryException {
        List<PublicationMarks> batchMarks = new ArrayList<>();
        Session source = repositories.author().login(workspace);
        Session published = repositories.published().login(workspace);
        try {
            for (String id : ids) {
                Node node = source.getNodeByIdentifier(id);
                PublicationMarks mark = PublicationMarks.of(node, now, user);
                mark.applyToCopy(Publisher.copy(node, published));
                batchMarks.add(mark);
            }
            published.save();
        } finally {
            published.logout();
            source.logout();
        }
        done.addAll(ids);
        finish();
        Runnable author = () -> markAuthor(ids, batchMarks);
        if (marker == null) {
            author.run();
        } else {
            pending = marker.submit(author);
        }
    }

    private void markAuthor(List<String> ids, List<PublicationMarks> batchMarks) {
        Session marks = null;
        try {
            marks = repositories.author().login(workspace);
            for (int i = 0; i < ids.size(); i++) {
                batchMarks.get(i).applyToAuthor(marks.getNodeByIdentifier(ids.get(i)));
            }
            marks.save();
        } catch (RepositoryException e) {
            throw new AuthorMarkException(e);
        } finally {
            if (marks != null) {
                marks.logout();
            }
        }
    }

    /** @return the identifiers whose copies were saved on public so far */
    List<String> published() {
        return List.copyOf(done);
    }

    /** Waits for the author side of the last batch; its failure is thrown. */
    void finish() throws RepositoryException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorMarkException mark) {
                throw mark.cause();
            }
            throw new RepositoryException("Recording the publication on author failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryException("Interrupted while recording the publication on author", e);
        } finally {
            pending = null;
        }
    }

    @Override
    public void close() {
        try {
            finish();
        } catch (RepositoryException e) {
            // the caller is failing already; the author side of the last batch is what it is
        } finally {
            if (marker != null) {
                marker.shutdownNow();
            }
        }
    }

    /** Carries a repository failure of the author thread back to the publishing one. */
    private static final class AuthorMarkException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        AuthorMarkException(RepositoryException cause) {
            super(cause);
        }

        RepositoryException cause() {
            return (RepositoryException) getCause();
        }
    }
}
