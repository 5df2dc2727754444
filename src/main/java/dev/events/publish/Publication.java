package dev.events.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.AssetStore;
import dev.events.content.EventHistory;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Carries out approved requests: publishes the very state that was requested (refusing when the event changed
 * since), versioned on author and with the files it uses, or unpublishes; or leaves them scheduled for their time.
 */
final class Publication {

    private final Repositories repositories;
    private final Publisher publisher;
    private final EventHistory history;
    private final AuditTrail audit;

    Publication(Repositories repositories, Publisher publisher, EventHistory history, AuditTrail audit) {
        this.repositories = repositories;
        this.publisher = publisher;
        this.history = history;
        this.audit = audit;
    }

    /** @return the task as it stands after approval: done, or scheduled */
    Task carryOut(Session tasks, Task task, String user, Instant now) throws WorkflowException, RepositoryException {
        Instant when = task.type() == TaskType.PUBLISH ? task.publishAt() : task.unpublishAt();
        if (when != null && when.isAfter(now)) {
            setState(task, "scheduled", "");
            return WorkflowService.with(task, task.type() == TaskType.PUBLISH ? TaskStatus.SCHEDULED
                    : TaskStatus.UNPUBLISH_SCHEDULED, task.claimedBy(), task.decidedBy(), task.decidedAt(), "");
        }
        return task.type() == TaskType.PUBLISH ? publishNow(tasks, task, user) : unpublishNow(tasks, task, user);
    }

    /** Publishes the requested state of the event and the files it uses. */
    Task publishNow(Session tasks, Task task, String user) throws WorkflowException, RepositoryException {
        Session events = repositories.author().login(Workspaces.EVENTS);
        try {
            Node event = find(events, task.eventId());
            String stamp = event != null && event.hasProperty(NodeTypes.LAST_MODIFIED)
                    ? event.getProperty(NodeTypes.LAST_MODIFIED).getString() : "";
            if (event == null || !stamp.equals(task.stamp())) {
                throw WorkflowException.staleRequest();
            }
            history.versionAfterSave(event, text(event, NodeTypes.LAST_MODIFIED_BY));
            publishAssets(events, event, user);
            publisher.publish(Workspaces.EVENTS, List.of(task.eventId()), user);
            // only once the copy is public: a failure above leaves the request pending, not lost
            event.refresh(false);
            if (task.id().equals(text(event, EventWorkflowState.TASK))) {
                EventWorkflowState.clear(event);
                events.save();
            }
        } finally {
            events.logout();
        }
        audit.add(tasks, user, "publish", task, "", task.stamp());
        TaskStatus next = task.unpublishAt() != null ? TaskStatus.UNPUBLISH_SCHEDULED : TaskStatus.DONE;
        return WorkflowService.with(task, next, task.claimedBy(), task.decidedBy(), task.decidedAt(), "");
    }

    /** Removes the event from the public site. */
    Task unpublishNow(Session tasks, Task task, String user) throws RepositoryException {
        publisher.unpublish(Workspaces.EVENTS, task.eventId(), user);
        setState(task, null, "");
        audit.add(tasks, user, "unpublish", task, "", task.stamp());
        return WorkflowService.with(task, TaskStatus.DONE, task.claimedBy(), task.decidedBy(), task.decidedAt(),
                "");
    }

    /** Shows the editor the rejection on the event. */
    void markRejected(Task task) throws RepositoryException {
        setState(task, "rejected", task.decision());
    }

    private void setState(Task task, String state, String note) throws RepositoryException {
        Session events = repositories.author().login(Workspaces.EVENTS);
        try {
            Node event = find(events, task.eventId());
            if (event == null) {
                return;
            }
            if (state == null) {
                EventWorkflowState.clear(event);
            } else {
                EventWorkflowState.set(event, state, task.id(), note);
            }
            events.save();
        } finally {
            events.logout();
        }
    }

    private static Node find(Session session, String id) throws RepositoryException {
        try {
            return session.getNodeByIdentifier(id);
        } catch (javax.jcr.ItemNotFoundException purged) {
            return null;
        }
    }

    /** Publishes the image and documents the event links to, before the event, so none is missing on public. */
    private void publishAssets(Session events, Node event, String user) throws RepositoryException {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(text(event, EventProperties.IMAGE));
        if (event.hasNode(EventProperties.LINKS)) {
            for (NodeIterator it = event.getNode(EventProperties.LINKS).getNodes(); it.hasNext();) {
                keys.add(text(it.nextNode(), EventProperties.LINK_ASSET));
            }
        }
        List<String> ids = new ArrayList<>();
        Session dam = repositories.author().login(Workspaces.DAM);
        try {
            for (String key : keys) {
                // only real assets: a key naming a folder must not publish what the folder holds
                Node asset = AssetStore.isItemKey(key) ? find(dam, key.substring("jcr:".length()).toLowerCase(
                        java.util.Locale.ROOT)) : null;
                if (asset != null && asset.isNodeType(NodeTypes.ASSET)) {
                    ids.add(asset.getIdentifier());
                }
            }
        } finally {
            dam.logout();
        }
        if (!ids.isEmpty()) {
            publisher.publish(Workspaces.DAM, ids, user);
        }
    }

    private static String text(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : "";
    }
}
