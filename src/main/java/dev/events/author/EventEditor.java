package dev.events.author;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventHistory;
import dev.events.content.EventImportReader;
import dev.events.content.EventLookup;
import dev.events.content.EventRecord;
import dev.events.content.EventWriter;
import dev.events.content.ImportException;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.WorkflowService;

/**
 * Saves what authors submit: the same rules as imports, a name made once from the title, and no silent
 * overwrite — a save based on an older state than the stored one is refused.
 */
public final class EventEditor {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'");

    private final Repositories repositories;
    private final EventImportReader reader;
    private final EventWriter writer;
    private final EventHistory history;
    private final WorkflowService workflow;

    /** @param workflow saves run while no publication does, so none publishes a state nobody approved */
    public EventEditor(Repositories repositories, EventImportReader reader, EventWriter writer,
            EventHistory history, WorkflowService workflow) {
        this.repositories = repositories;
        this.reader = reader;
        this.writer = writer;
        this.history = history;
        this.workflow = workflow;
    }

    /**
     * @return the name of the new event
     * @throws ImportException naming each field at fault; nothing is written
     */
    public String create(List<EditorTab> tabs, EditorValues values, String user)
            throws ImportException, RepositoryException {
        try {
            return exclusive(() -> createNow(tabs, values, user));
        } catch (ConflictException impossible) {
            // creating never conflicts: there is nothing stored to be stale against
            throw new IllegalStateException(impossible);
        }
    }

    private String createNow(List<EditorTab> tabs, EditorValues values, String user)
            throws ImportException, RepositoryException {
        EventRecord checked = reader.readOne(EditorJson.of(tabs, values), "new");
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            String name = Slugs.unique(values.text("title"), n -> exists(session, n));
            String id = writer.write(session, List.of(new EventRecord(name, checked.properties(), checked.links())),
                    user).get(0);
            history.versionAfterSave(session.getNodeByIdentifier(id), user);
            return name;
        } finally {
            session.logout();
        }
    }

    /**
     * Checks what an author submitted without writing anything, so that a form refused for another reason (a
     * refused upload) still names every field at fault.
     *
     * @throws ImportException naming each field at fault
     */
    public void check(List<EditorTab> tabs, EditorValues values) throws ImportException {
        reader.readOne(EditorJson.of(tabs, values), "new");
    }

    /**
     * @param seen the {@link #stamp} of the event when the author opened it
     * @throws ConflictException when someone saved since; nothing is written
     */
    public void update(String name, List<EditorTab> tabs, EditorValues values, String seen,
            String user) throws ImportException, ConflictException, RepositoryException {
        exclusive(() -> {
            updateNow(name, tabs, values, seen, user);
            return null;
        });
    }

    private void updateNow(String name, List<EditorTab> tabs, EditorValues values, String seen,
            String user) throws ImportException, ConflictException, RepositoryException {
        EventRecord record = reader.readOne(EditorJson.of(tabs, values), name);
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(session, name).orElseThrow(() ->
                    new RepositoryException("No event " + name));
            if (!stamp(event).equals(seen)) {
                throw conflict(event);
            }
            writer.write(session, List.of(record), user);
            history.versionAfterSave(event, user);
        } finally {
            session.logout();
        }
    }

    private <T> T exclusive(java.util.concurrent.Callable<T> work)
            throws ImportException, ConflictException, RepositoryException {
        try {
            return workflow.exclusive(work);
        } catch (ImportException | ConflictException | RepositoryException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the event's {@code mgnl:lastModified}, which a form carries to detect concurrent saves */
    public static String stamp(Node event) throws RepositoryException {
        return event.hasProperty(NodeTypes.LAST_MODIFIED) ? event.getProperty(NodeTypes.LAST_MODIFIED).getString()
                : "";
    }

    /** @return the event with this name in the author repository, in a session the caller logs out */
    public Optional<Node> find(Session session, String name) throws RepositoryException {
        return EventLookup.byName(session, name);
    }

    private static ConflictException conflict(Node event) throws RepositoryException {
        String by = event.hasProperty(NodeTypes.LAST_MODIFIED_BY)
                ? event.getProperty(NodeTypes.LAST_MODIFIED_BY).getString() : "someone";
        String at = event.hasProperty(NodeTypes.LAST_MODIFIED) ? SHOWN.format(
                event.getProperty(NodeTypes.LAST_MODIFIED).getDate().toInstant().atZone(ZoneOffset.UTC)) : "?";
        return new ConflictException(by, at);
    }

    private static boolean exists(Session session, String name) {
        try {
            return EventLookup.byName(session, name).isPresent();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
