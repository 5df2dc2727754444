package dev.events.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Writes validated events into a session of the {@code events} workspace: a few in one save ({@link #write}),
 * or any number in saves of {@value #BATCH} ({@link #bulk}). New events go into a folder per start year
 * ({@code /2017/experts-visit-to-hamamatsu}), which keeps folders small at 100,000 events; an event whose name
 * exists already is updated where it is.
 */
public final class EventWriter {

    /** Events per save of a bulk write: large saves cost memory, small ones a durable commit each. */
    public static final int BATCH = 1_000;

    private final ContentStamps stamps;

    /** @param clock the time stamped into {@code mgnl:created} and {@code mgnl:lastModified} */
    public EventWriter(Clock clock) {
        this.stamps = new ContentStamps(clock);
    }

    /**
     * Writes the events and saves once; on any failure nothing is saved.
     *
     * @return the identifiers of the written nodes, in record order
     */
    public List<String> write(Session events, List<EventRecord> records, String user) throws RepositoryException {
        List<String> ids = new ArrayList<>();
        try {
            Map<String, Node> existing = EventNames.of(events).find(records.stream().map(EventRecord::name).toList());
            for (EventRecord record : records) {
                ids.add(write(events, record, existing.get(record.name()), user).getIdentifier());
            }
            events.save();
        } catch (RepositoryException | RuntimeException e) {
            events.refresh(false);
            throw e;
        }
        return ids;
    }

    /**
     * Writes many events in saves of {@value #BATCH}; whoever fails to finish it undoes it, so that the write is
     * all or nothing for its caller.
     *
     * @param expected how many events will be written: beyond one save, the state of each updated event is kept
     *                 aside to be put back by {@link BulkWrite#undo}
     */
    public BulkWrite bulk(Session events, String user, int expected) throws RepositoryException {
        return bulk(events, user, expected, BATCH);
    }

    /** @param batch events per save, fewer than {@value #BATCH} in tests */
    BulkWrite bulk(Session events, String user, int expected, int batch) throws RepositoryException {
        return new BulkWrite(this, events, user, batch, expected > batch);
    }

    /** Writes one event, unsaved. @param existing the event of that name, or null to create it */
    Node write(Session events, EventRecord record, Node existing, String user) throws RepositoryException {
        Node event = existing != null ? existing : create(events, record, user);
        if (existing != null) {
            clear(event, record);
        }
        for (Map.Entry<String, Object> e : record.properties().entrySet()) {
            set(event, e.getKey(), e.getValue());
        }
        writeLinks(event, record.links(), user);
        stamps.modified(event, user);
        return event;
    }

    private Node create(Session events, EventRecord record, String user) throws RepositoryException {
        Calendar start = (Calendar) record.properties().get(EventProperties.START_DATE);
        String year = String.valueOf(start.get(Calendar.YEAR));
        Node root = events.getRootNode();
        Node folder = root.hasNode(year)
                ? root.getNode(year) : stamps.created(root.addNode(year, NodeTypes.FOLDER), user);
        return stamps.created(folder.addNode(record.name(), NodeTypes.CONTENT), user);
    }

    /**
     * Removes the event's own properties, so that a field left out of the new version is gone; the first
     * publication time stays unless the record gives one, as publication owns it.
     */
    private static void clear(Node event, EventRecord record) throws RepositoryException {
        for (javax.jcr.PropertyIterator it = event.getProperties(); it.hasNext();) {
            javax.jcr.Property p = it.nextProperty();
            boolean keep = p.getName().equals(EventProperties.PUBLISHED)
                    && !record.properties().containsKey(EventProperties.PUBLISHED);
            if (!p.getName().contains(":") && !keep) {
                p.remove();
            }
        }
        if (event.hasNode(EventProperties.LINKS)) {
            event.getNode(EventProperties.LINKS).remove();
        }
    }

    private static void set(Node node, String name, Object value) throws RepositoryException {
        if (value instanceof Calendar c) {
            node.setProperty(name, c);
        } else if (value instanceof Boolean b) {
            node.setProperty(name, b);
        } else if (value instanceof Double d) {
            node.setProperty(name, d);
        } else if (value instanceof List<?> list) {
            node.setProperty(name, list.stream().map(String::valueOf).toArray(String[]::new));
        } else {
            node.setProperty(name, String.valueOf(value));
        }
    }

    private void writeLinks(Node event, List<Map<String, String>> links, String user) throws RepositoryException {
        if (links.isEmpty()) {
            return;
        }
        Node field = stamps.created(event.addNode(EventProperties.LINKS, NodeTypes.CONTENT_NODE), user);
        for (int i = 0; i < links.size(); i++) {
            Node link = stamps.created(field.addNode(String.valueOf(i), NodeTypes.CONTENT_NODE), user);
            for (Map.Entry<String, String> e : links.get(i).entrySet()) {
                link.setProperty(e.getKey(), e.getValue());
            }
        }
    }

}
