package dev.events.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;

/**
 * Every workflow transition, stored beside the tasks ({@code /audit/<year>/<entry>} in the {@code tasks}
 * workspace) in the same save as the transition itself.
 */
public final class AuditTrail {

    private static final String ROOT = "audit";
    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /** Adds an entry about a task; the caller saves the session with the transition it records. */
    void add(Session tasks, String user, String action, Task task, String comment, String version)
            throws RepositoryException {
        add(tasks, user, action, task.itemId(), task.itemName(), comment, version);
    }

    /** Adds an entry about an event; the caller saves. */
    void add(Session tasks, String user, String action, String eventId, String eventName, String comment,
            String version) throws RepositoryException {
        Instant now = clock.instant();
        Node year = folder(folder(tasks.getRootNode(), ROOT), String.valueOf(now.atZone(clock.getZone()).getYear()));
        Node entry = year.addNode(now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8),
                NodeTypes.CONTENT);
        GregorianCalendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(now.toEpochMilli());
        entry.setProperty("at", at);
        entry.setProperty("user", user);
        entry.setProperty("action", action);
        entry.setProperty("eventId", eventId);
        entry.setProperty("eventName", eventName);
        entry.setProperty("comment", comment);
        entry.setProperty("version", version);
    }

    /** @return the entries that match, oldest first */
    public List<AuditEntry> entries(Session tasks, Predicate<AuditEntry> which) throws RepositoryException {
        List<AuditEntry> entries = new ArrayList<>();
        if (!tasks.getRootNode().hasNode(ROOT)) {
            return entries;
        }
        for (NodeIterator years = tasks.getRootNode().getNode(ROOT).getNodes(); years.hasNext();) {
            for (NodeIterator it = years.nextNode().getNodes(); it.hasNext();) {
                AuditEntry entry = read(it.nextNode());
                if (which.test(entry)) {
                    entries.add(entry);
                }
            }
        }
        entries.sort((a, b) -> a.at().compareTo(b.at()));
        return entries;
    }

    private static AuditEntry read(Node n) throws RepositoryException {
        Calendar at = n.getProperty("at").getDate();
        return new AuditEntry(at.toInstant(), text(n, "user"), text(n, "action"), text(n, "eventId"),
                text(n, "eventName"), text(n, "comment"), text(n, "version"));
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : "";
    }

    private static Node folder(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, NodeTypes.FOLDER);
    }
}
