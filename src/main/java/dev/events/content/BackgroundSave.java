package dev.events.content;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The save of a bulk write's session, in a thread of its own, while the write builds its next save in another
 * session. Jackrabbit lets other sessions read while a save indexes what it wrote, which is half of a save's
 * time, so the building of the next events overlaps it (a 100,000-event import ran 4–11% faster). One save runs
 * at a time. A failed save leaves its session as it was before the changes, and {@link #await} throws its failure.
 * Close it to end the thread.
 */
final class BackgroundSave implements AutoCloseable {

    /** The year of a save whose events start in several years. */
    static final int MIXED = Integer.MIN_VALUE;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread saver = new Thread(r, "bulk-write-save");
        saver.setDaemon(true);
        return saver;
    });
    private Future<List<String>> running;
    private int year;

    /**
     * Starts saving {@code session}, after the save before it.
     *
     * @param year    the start year of the events saved, the folder they go to, or {@link #MIXED}
     * @param created the identifiers of the events this save creates
     * @return the identifiers the save before created
     */
    List<String> start(Session session, int year, List<String> created) throws RepositoryException {
        List<String> before = await();
        this.year = year;
        running = thread.submit(() -> {
            try {
                session.save();
                return created;
            } catch (RepositoryException | RuntimeException e) {
                try {
                    session.refresh(false);
                } catch (RepositoryException | RuntimeException refresh) {
                    e.addSuppressed(refresh);
                }
                throw e;
            }
        });
        return before;
    }

    /**
     * @return whether a save runs that events of this start year must wait for: one into the same year folder, or
     *         of several years (either adding to a folder the other session adds to would conflict)
     */
    boolean busyWith(int year) {
        return running != null && (year == MIXED || this.year == MIXED || this.year == year);
    }

    /**
     * Waits for the running save, to its end even when the thread is interrupted (the interrupt is kept): whoever
     * goes on must know whether it saved, and must not use or close its session while it saves.
     *
     * @return the identifiers it created; none when no save runs
     * @throws RepositoryException why it failed
     */
    List<String> await() throws RepositoryException {
        if (running == null) {
            return List.of();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RepositoryException failure) {
                throw failure;
            }
            throw new RepositoryException("A save of the bulk write failed: " + e.getCause(), e.getCause());
        } finally {
            running = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lets a running save end (a save stopped half-way would help no one) and ends the thread. */
    @Override
    public void close() {
        try {
            await();
        } catch (RepositoryException e) {
            // whoever closes without awaiting has a failure of their own to report
        } finally {
            thread.shutdown();
        }
    }
}
