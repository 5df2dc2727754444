package dev.events.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Writes validated events into a session of the {@code events} workspace, in one save. New events go into a
 * folder per start year ({@code /2017/experts-visit-to-hamamatsu}), which keeps folders small at 100,000
 * events; an event whose name exists already is updated where it is.
 */
public final class EventWriter {

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
            for (EventRecord record : records) {
                ids.add(write(events, record, user).getIdentifier());
            }
            events.save();
        } catch (RepositoryException | RuntimeException e) {
            events.refresh(false);
            throw e;
        }
        return ids;
    }

    private Node write(Session events, EventRecord record, String user) throws RepositoryException {
        Optional<Node> existing = EventLookup.byName(events, record.name());
        Node event = existing.isPresent() ? existing.get() : create(events, record, user);
        clear(event, record);
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
