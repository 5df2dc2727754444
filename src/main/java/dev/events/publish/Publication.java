package dev.events.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventHistory;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Carries out approved requests: publishes the very state that was requested (refusing when the item changed
 * since): an event versioned on author and with the files it uses, a page with its areas and components but not
 * its subpages; or unpublishes; or leaves them scheduled for their time.
 */
final class Publication {

    private final Repositories repositories;
    private final Publisher publisher;
    private final EventHistory history;
    private final AuditTrail audit;
    private final WithdrawnAssets assets;

    Publication(Repositories repositories, Publisher publisher, EventHistory history, AuditTrail audit) {
        this.repositories = repositories;
        this.publisher = publisher;
        this.history = history;
        this.audit = audit;
        this.assets = new WithdrawnAssets(repositories, publisher);
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

    /** Publishes the requested state of the item: an event with the files it uses, a page with its components. */
    Task publishNow(Session tasks, Task task, String user) throws WorkflowException, RepositoryException {
        Session items = repositories.author().login(task.workspace());
        try {
            Node item = find(items, task.itemId());
            String stamp = item != null && item.hasProperty(NodeTypes.LAST_MODIFIED)
                    ? item.getProperty(NodeTypes.LAST_MODIFIED).getString() : "";
            if (item == null || !stamp.equals(task.stamp())) {
                throw WorkflowException.staleRequest(WorkflowItems.kind(task.workspace()));
            }
            if (task.isPage()) {
                requirePublishedParent(item);
                publisher.publishPage(task.itemId(), user);
            } else {
                history.versionAfterSave(item, text(item, NodeTypes.LAST_MODIFIED_BY));
                Set<String> before = assets.usedByPublic(task.itemId());
                Set<String> now = WithdrawnAssets.keys(item);
                publishAssets(now, user);
                publisher.publish(Workspaces.EVENTS, List.of(task.itemId()), user);
                before.removeAll(now);
                assets.release(before, user);
            }
            // only once the copy is public: a failure above leaves the request pending, not lost
            item.refresh(false);
            if (task.id().equals(text(item, EventWorkflowState.TASK))) {
                EventWorkflowState.clear(item);
                items.save();
            }
        } finally {
            items.logout();
        }
        audit.add(tasks, user, "publish", task, "", task.stamp());
        TaskStatus next = task.unpublishAt() != null ? TaskStatus.UNPUBLISH_SCHEDULED : TaskStatus.DONE;
        return WorkflowService.with(task, next, task.claimedBy(), task.decidedBy(), task.decidedAt(), "");
    }

    /** A page is published below a published parent only, as Magnolia requires: else it would hang in the void. */
    private void requirePublishedParent(Node page) throws WorkflowException, RepositoryException {
        Node parent = page.getParent();
        if (parent.getDepth() == 0) {
            return;
        }
        Session live = repositories.published().loginReadOnly(Workspaces.WEBSITE);
        try {
            if (!live.nodeExists(parent.getPath())) {
                throw new WorkflowException(409, "The parent page " + parent.getPath()
                        + " is not published; publish it first.");
            }
        } finally {
            live.logout();
        }
    }

    /** Removes the item from the public site; a page goes with its subpages. */
    Task unpublishNow(Session tasks, Task task, String user) throws RepositoryException {
        Set<String> used = task.isPage() ? Set.of() : assets.usedByPublic(task.itemId());
        publisher.unpublish(task.workspace(), task.itemId(), user);
        assets.release(used, user);
        setState(task, null, "");
        audit.add(tasks, user, "unpublish", task, "", task.stamp());
        return WorkflowService.with(task, TaskStatus.DONE, task.claimedBy(), task.decidedBy(), task.decidedAt(),
                "");
    }

    /** Shows the editor the rejection on the item. */
    void markRejected(Task task) throws RepositoryException {
        setState(task, "rejected", task.decision());
    }

    private void setState(Task task, String state, String note) throws RepositoryException {
        Session items = repositories.author().login(task.workspace());
        try {
            Node item = find(items, task.itemId());
            if (item == null) {
                return;
            }
            if (state == null) {
                EventWorkflowState.clear(item);
            } else {
                EventWorkflowState.set(item, state, task.id(), note);
            }
            items.save();
        } finally {
            items.logout();
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
    private void publishAssets(Set<String> keys, String user) throws RepositoryException {
        List<String> ids = new ArrayList<>();
        Session dam = repositories.author().login(Workspaces.DAM);
        try {
            for (String key : keys) {
                Node asset = find(dam, key.substring("jcr:".length()).toLowerCase(java.util.Locale.ROOT));
                // only real assets: a key naming a folder must not publish what the folder holds
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
