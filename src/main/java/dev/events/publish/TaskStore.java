package dev.events.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;

/**
 * Tasks as nodes of the author repository's {@code tasks} workspace ({@code /requests/<id>}): they survive a
 * restart, which the scheduler relies on. The caller saves.
 */
final class TaskStore {

    static final String ROOT = "requests";

    Task create(Session tasks, Task draft) throws RepositoryException {
        Node root = tasks.getRootNode().hasNode(ROOT) ? tasks.getRootNode().getNode(ROOT)
                : tasks.getRootNode().addNode(ROOT, NodeTypes.FOLDER);
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Task task = with(draft, id);
        write(root.addNode(id, NodeTypes.CONTENT), task);
        return task;
    }

    Optional<Task> find(Session tasks, String id) throws RepositoryException {
        String path = "/" + ROOT + "/" + id;
        return id.matches("[0-9a-f]{16}") && tasks.nodeExists(path) ? Optional.of(read(tasks.getNode(path)))
                : Optional.empty();
    }

    void update(Session tasks, Task task) throws RepositoryException {
        write(tasks.getNode("/" + ROOT + "/" + task.id()), task);
    }

    /** @return the tasks that match, newest request first */
    List<Task> list(Session tasks, Predicate<Task> which) throws RepositoryException {
        List<Task> list = new ArrayList<>();
        if (!tasks.getRootNode().hasNode(ROOT)) {
            return list;
        }
        for (NodeIterator it = tasks.getRootNode().getNode(ROOT).getNodes(); it.hasNext();) {
            Task task = read(it.nextNode());
            if (which.test(task)) {
                list.add(task);
            }
        }
        list.sort((a, b) -> b.requestedAt().compareTo(a.requestedAt()));
        return list;
    }

    private static Task with(Task t, String id) {
        return new Task(id, t.type(), t.eventId(), t.eventName(), t.eventTitle(), t.requestedBy(), t.requestedAt(),
                t.comment(), t.publishAt(), t.unpublishAt(), t.stamp(), t.status(), t.claimedBy(), t.decidedBy(),
                t.decidedAt(), t.decision());
    }

    private static void write(Node node, Task t) throws RepositoryException {
        node.setProperty("type", t.type().value());
        node.setProperty("eventId", t.eventId());
        node.setProperty("eventName", t.eventName());
        node.setProperty("eventTitle", t.eventTitle());
        node.setProperty("requestedBy", t.requestedBy());
        node.setProperty("requestedAt", calendar(t.requestedAt()));
        node.setProperty("comment", t.comment());
        node.setProperty("publishAt", calendar(t.publishAt()));
        node.setProperty("unpublishAt", calendar(t.unpublishAt()));
        node.setProperty("stamp", t.stamp());
        node.setProperty("status", t.status().value());
        node.setProperty("claimedBy", t.claimedBy());
        node.setProperty("decidedBy", t.decidedBy());
        node.setProperty("decidedAt", calendar(t.decidedAt()));
        node.setProperty("decision", t.decision());
    }

    private static Task read(Node n) throws RepositoryException {
        return new Task(n.getName(), TaskType.of(text(n, "type")).orElse(TaskType.PUBLISH), text(n, "eventId"),
                text(n, "eventName"), text(n, "eventTitle"), text(n, "requestedBy"), instant(n, "requestedAt"),
                text(n, "comment"), instant(n, "publishAt"), instant(n, "unpublishAt"), text(n, "stamp"),
                TaskStatus.of(text(n, "status")).orElse(TaskStatus.OPEN), text(n, "claimedBy"),
                text(n, "decidedBy"), instant(n, "decidedAt"), text(n, "decision"));
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : "";
    }

    private static Instant instant(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }

    /** @return the time as a JCR date, or null, which removes the property */
    private static Calendar calendar(Instant instant) {
        if (instant == null) {
            return null;
        }
        GregorianCalendar calendar = new GregorianCalendar(java.util.TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
