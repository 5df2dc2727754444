package dev.events.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.BulkWrite;
import dev.events.content.EventImportReader;
import dev.events.content.EventRecord;
import dev.events.content.EventWriter;
import dev.events.content.ImportException;
import dev.events.content.ImportItem;
import dev.events.content.ImportProblem;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Imports an events file into the author repository, all or nothing, and publishes it on request. Every event is
 * checked before anything is written; the events are then written in saves of {@value EventWriter#BATCH}, and a
 * write that fails is undone ({@link BulkWrite}), so a file of 100,000 events is fast and never all in memory.
 */
public final class ImportService {

    private final Repositories repositories;
    private final EventImportReader reader;
    private final EventWriter writer;
    private final Publisher publisher;

    public ImportService(Repositories repositories, EventImportReader reader, EventWriter writer,
            Publisher publisher) {
        this.repositories = repositories;
        this.reader = reader;
        this.writer = writer;
        this.publisher = publisher;
    }

    /** Hands the events to write, one at a time, to a bulk write. */
    @FunctionalInterface
    private interface Records {
        void each(BulkWrite write) throws Exception;
    }

    /**
     * Imports the valid events of a file and reports on every event. Unless {@code skipRefused}, one refused
     * event stops the whole import, as on the command line.
     *
     * @param source a name for messages
     * @throws ImportException when the file as a whole is unusable; nothing is written then
     */
    public ImportOutcome importReporting(InputStream in, String source, boolean skipRefused, String user)
            throws ImportException, RepositoryException {
        List<ImportItem> items = reader.check(in, source);
        boolean anyRefused = items.stream().anyMatch(i -> !i.valid());
        List<EventRecord> valid = items.stream().filter(ImportItem::valid).map(ImportItem::record).toList();
        if ((anyRefused && !skipRefused) || valid.isEmpty()) {
            return new ImportOutcome(items, false);
        }
        write(valid.size(), bulk -> {
            for (EventRecord record : valid) {
                bulk.add(record);
            }
        }, source, user);
        return new ImportOutcome(items, true);
    }

    /**
     * @param source  a name for messages
     * @param publish whether to publish the imported events at once
     * @return the identifiers of the imported events
     * @throws ImportException when the file has any problem; nothing is written then
     */
    public List<String> importEvents(InputStream in, String source, boolean publish, String user)
            throws ImportException, RepositoryException {
        List<String> ids;
        try (ImportSpool spool = ImportSpool.of(in)) {
            int count = check(spool, source);
            ids = write(count, bulk -> RecordPipe.copy(reader, spool, source, bulk), source, user);
        } catch (IOException e) {
            throw new ImportException(source, List.of(new ImportProblem(0, "", "", "cannot read: " + e)));
        }
        if (publish) {
            publisher.publish(Workspaces.EVENTS, ids, user);
        }
        return ids;
    }

    /** @return how many events the file has, all valid; else every problem is thrown */
    private int check(ImportSpool spool, String source) throws ImportException, IOException {
        List<ImportProblem> problems = new ArrayList<>();
        int[] count = {0};
        try (InputStream in = spool.open()) {
            reader.scan(in, source, item -> {
                problems.addAll(item.problems());
                count[0]++;
            });
        }
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
        return count[0];
    }

    private List<String> write(int count, Records records, String source, String user)
            throws ImportException, RepositoryException {
        Session events = repositories.author().login(Workspaces.EVENTS);
        try (BulkWrite bulk = writer.bulk(events, user, count)) {
            try {
                records.each(bulk);
                return bulk.finish();
            } catch (ImportException | RepositoryException | RuntimeException e) {
                bulk.undo(e);
                throw e;
            } catch (Exception e) {
                bulk.undo(e);
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new ImportException(source, List.of(new ImportProblem(0, "", "", "cannot read: " + e)));
            }
        } finally {
            events.logout();
        }
    }
}
