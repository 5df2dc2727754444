package dev.events.publish;

import java.time.Instant;

import dev.events.content.Workspaces;

/**
 * A request to publish or unpublish an item (an event, a page), stored in the author repository's {@code tasks}
 * workspace.
 *
 * @param id          the task id (its node name)
 * @param type        publish or unpublish
 * @param workspace   where the item lives: {@code events} or {@code website}
 * @param itemId      the item's identifier
 * @param itemName    the item's name: an event's name ({@code open-day}), a page's path ({@code /conferences})
 * @param itemTitle   the item's title when it was requested
 * @param requestedBy who asked
 * @param requestedAt when
 * @param comment     the requester's comment, or empty
 * @param publishAt   when to publish, or null for at approval
 * @param unpublishAt when to unpublish, or null for never
 * @param stamp       the item's {@code mgnl:lastModified} when requested: what is approved is that state
 * @param status      where it stands
 * @param claimedBy   the publisher who took it, or empty
 * @param decidedBy   who approved or rejected it, or empty
 * @param decidedAt   when, or null
 * @param decision    the publisher's comment (required to reject), or empty
 */
public record Task(String id, TaskType type, String workspace, String itemId, String itemName, String itemTitle,
        String requestedBy, Instant requestedAt, String comment, Instant publishAt, Instant unpublishAt, String stamp,
        TaskStatus status, String claimedBy, String decidedBy, Instant decidedAt, String decision) {

    /** @return true for a request about a page of the {@code website} workspace */
    public boolean isPage() {
        return Workspaces.WEBSITE.equals(workspace);
    }

    /** @return the same task in another status, with its decision */
    Task with(TaskStatus newStatus, String newClaimedBy, String newDecidedBy, Instant newDecidedAt,
            String newDecision) {
        return new Task(id, type, workspace, itemId, itemName, itemTitle, requestedBy, requestedAt, comment,
                publishAt, unpublishAt, stamp, newStatus, newClaimedBy, newDecidedBy, newDecidedAt, newDecision);
    }

    /** @return the same task under its stored id */
    Task withId(String newId) {
        return new Task(newId, type, workspace, itemId, itemName, itemTitle, requestedBy, requestedAt, comment,
                publishAt, unpublishAt, stamp, status, claimedBy, decidedBy, decidedAt, decision);
    }
}
