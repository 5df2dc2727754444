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
import dev.events.content.Workspaces;

/**
 * Tasks as nodes of the author repository's {@code tasks} workspace ({@code /requests/<id>}): they survive a
 * restart, which the scheduler relies on. Each names its item by {@code workspace}, {@code itemId},
 * {@code itemName} and {@code itemTitle}; tasks stored by earlier versions ({@code eventId}, {@code eventName},
 * {@code eventTitle}, no workspace) read as event tasks. The caller saves.
 */
final class TaskStore {

    static final String ROOT = "requests";
    private static final String WORKSPACE = "workspace";
    private static final String ITEM_ID = "itemId";
    private static final String ITEM_NAME = "itemName";
    private static final String ITEM_TITLE = "itemTitle";
    /** What tasks stored before pages had workflow named their event by; they are read as event tasks. */
    private static final String[] OLD_ITEM = {"eventId", "eventName", "eventTitle"};

    Task create(Session tasks, Task draft) throws RepositoryException {
        Node root = tasks.getRootNode().hasNode(ROOT) ? tasks.getRootNode().getNode(ROOT)
                : tasks.getRootNode().addNode(ROOT, NodeTypes.FOLDER);
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Task task = draft.withId(id);
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

    private static void write(Node node, Task t) throws RepositoryException {
        node.setProperty("type", t.type().value());
        node.setProperty(WORKSPACE, t.workspace());
        node.setProperty(ITEM_ID, t.itemId());
        node.setProperty(ITEM_NAME, t.itemName());
        node.setProperty(ITEM_TITLE, t.itemTitle());
        for (String old : OLD_ITEM) {
            if (node.hasProperty(old)) {
                node.getProperty(old).remove();
            }
        }
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
        String workspace = text(n, WORKSPACE);
        return new Task(n.getName(), TaskType.of(text(n, "type")).orElse(TaskType.PUBLISH),
                workspace.isEmpty() ? Workspaces.EVENTS : workspace, item(n, ITEM_ID, OLD_ITEM[0]),
                item(n, ITEM_NAME, OLD_ITEM[1]), item(n, ITEM_TITLE, OLD_ITEM[2]), text(n, "requestedBy"),
                instant(n, "requestedAt"),
                text(n, "comment"), instant(n, "publishAt"), instant(n, "unpublishAt"), text(n, "stamp"),
                TaskStatus.of(text(n, "status")).orElse(TaskStatus.OPEN), text(n, "claimedBy"),
                text(n, "decidedBy"), instant(n, "decidedAt"), text(n, "decision"));
    }

    /** @return the item property, or the event property of a task stored before tasks named any item */
    private static String item(Node node, String name, String old) throws RepositoryException {
        return node.hasProperty(name) ? text(node, name) : text(node, old);
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
