package dev.events.publish;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.NodeTypes;

/**
 * Counts an event's iCalendar {@code SEQUENCE} (RFC 5545 3.8.7.4) when it is published, which is when calendar
 * subscribers can see a change. The author node remembers the dates of its last publication as calendars show
 * them ({@link EventTime#calendarTiming()}: the days of an all-day event; the zone and wall times of a timed
 * one) in {@value NodeTypes#PUBLISHED_TIMING}; a publication whose dates differ adds one to
 * {@value NodeTypes#CALENDAR_SEQUENCE}, which the public copy carries. So:
 * <ul>
 * <li>the first publication is 0, whatever changed before it (no calendar saw those);</li>
 * <li>edits of other fields (title, place, status, ...) leave it alone;</li>
 * <li>any number of date edits between two publications add one; a date changed and changed back adds none;</li>
 * <li>it never goes down: both properties are in the runtime's own namespace, which editor saves and imports
 * keep, and restoring an older version keeps them too ({@code KeptState}); an unpublication leaves them on
 * author, so a republication goes on counting from where it was.</li>
 * </ul>
 */
final class CalendarSequence {

    private CalendarSequence() {
    }

    /** Counts the publication of an author event into its (unsaved) properties; other nodes are left alone. */
    static void count(Node node) throws RepositoryException {
        if (!node.hasProperty(EventProperties.START_DATE)) {
            return;
        }
        String timing = EventTime.of(node).calendarTiming();
        long sequence = node.hasProperty(NodeTypes.CALENDAR_SEQUENCE)
                ? node.getProperty(NodeTypes.CALENDAR_SEQUENCE).getLong() : 0;
        if (node.hasProperty(NodeTypes.PUBLISHED_TIMING)
                && !node.getProperty(NodeTypes.PUBLISHED_TIMING).getString().equals(timing)) {
            sequence++;
        }
        node.setProperty(NodeTypes.CALENDAR_SEQUENCE, sequence);
        node.setProperty(NodeTypes.PUBLISHED_TIMING, timing);
    }
}
