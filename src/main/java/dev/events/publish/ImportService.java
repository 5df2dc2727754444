package dev.events.publish;

import java.io.InputStream;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventImportReader;
import dev.events.content.EventRecord;
import dev.events.content.EventWriter;
import dev.events.content.ImportException;
import dev.events.content.ImportItem;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/** Imports an events file into the author repository, all or nothing, and publishes it on request. */
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
        Session events = repositories.author().login(Workspaces.EVENTS);
        try {
            writer.write(events, valid, user);
        } finally {
            events.logout();
        }
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
        List<EventRecord> records = reader.read(in, source);
        Session events = repositories.author().login(Workspaces.EVENTS);
        List<String> ids;
        try {
            ids = writer.write(events, records, user);
        } finally {
            events.logout();
        }
        if (publish) {
            publisher.publish(Workspaces.EVENTS, ids, user);
        }
        return ids;
    }
}
