package dev.events.publish;

import java.time.Instant;

/**
 * One transition of the workflow, as the audit trail keeps it.
 *
 * @param at        when
 * @param user      who
 * @param action    request-publication, request-unpublication, claim, approve, reject, publish, unpublish, restore
 * @param eventId   the event's identifier (a page's, for a page's request)
 * @param eventName the event's name (a page's path, for a page's request)
 * @param comment   the comment given, or empty
 * @param version   the event's state it concerned ({@code mgnl:lastModified}, or a version name), or empty
 */
public record AuditEntry(Instant at, String user, String action, String eventId, String eventName, String comment,
        String version) {
}
