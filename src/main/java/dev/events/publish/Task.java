package dev.events.publish;

import java.time.Instant;

/**
 * A request to publish or unpublish an event, stored in the author repository's {@code tasks} workspace.
 *
 * @param id          the task id (its node name)
 * @param type        publish or unpublish
 * @param eventId     the event's identifier
 * @param eventName   the event's name
 * @param eventTitle  the event's title when it was requested
 * @param requestedBy who asked
 * @param requestedAt when
 * @param comment     the requester's comment, or empty
 * @param publishAt   when to publish, or null for at approval
 * @param unpublishAt when to unpublish, or null for never
 * @param stamp       the event's {@code mgnl:lastModified} when requested: what is approved is that state
 * @param status      where it stands
 * @param claimedBy   the publisher who took it, or empty
 * @param decidedBy   who approved or rejected it, or empty
 * @param decidedAt   when, or null
 * @param decision    the publisher's comment (required to reject), or empty
 */
public record Task(String id, TaskType type, String eventId, String eventName, String eventTitle, String requestedBy,
        Instant requestedAt, String comment, Instant publishAt, Instant unpublishAt, String stamp, TaskStatus status,
        String claimedBy, String decidedBy, Instant decidedAt, String decision) {
}
