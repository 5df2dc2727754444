package dev.events.publish;

import java.time.Clock;
import java.time.Instant;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.security.User;

/**
 * Opens requests: a task for an event or a page, its audit entry and the item's "pending" state, in one save of
 * each session. One request at a time waits per item.
 */
final class TaskRequests {

    private final Repositories repositories;
    private final TaskStore tasks;
    private final AuditTrail audit;
    private final Clock clock;

    TaskRequests(Repositories repositories, TaskStore tasks, AuditTrail audit, Clock clock) {
        this.repositories = repositories;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param workspace {@code events} or {@code website}
     * @param name      an event's name, or a page's path
     * @return the new task
     */
    Task create(TaskType type, String workspace, String name, String comment, Instant publishAt,
            Instant unpublishAt, User user) throws WorkflowException, RepositoryException {
        Session items = repositories.author().login(workspace);
        Session session = repositories.author().login(Workspaces.TASKS);
        try {
            Node item = WorkflowItems.find(items, workspace, name).orElseThrow(() ->
                    new WorkflowException(404, "There is no " + WorkflowItems.kind(workspace) + " " + name + "."));
            if (EventWorkflowState.of(item).equals("pending")) {
                throw new WorkflowException(409, "A request for this " + WorkflowItems.kind(workspace)
                        + " is already waiting for a publisher.");
            }
            Task task = tasks.create(session, new Task("", type, workspace, item.getIdentifier(), name,
                    WorkflowItems.title(item), user.name(), clock.instant(), clean(comment), publishAt, unpublishAt,
                    text(item, NodeTypes.LAST_MODIFIED), TaskStatus.OPEN, "", "", null, ""));
            audit.add(session, user.name(), "request-" + (type == TaskType.PUBLISH ? "publication" : "unpublication"),
                    task, task.comment(), task.stamp());
            EventWorkflowState.set(item, "pending", task.id(), "");
            session.save();
            items.save();
            return task;
        } finally {
            session.logout();
            items.logout();
        }
    }

    private static String clean(String comment) {
        return comment == null ? "" : comment.strip();
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : "";
    }
}
