package dev.events.publish;

import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;

/**
 * What one publication records, read from the author node before it is copied: {@code mgnl:activationStatus},
 * {@code mgnl:lastActivated(By)} on the author node and its public copy alike, an event's first publication
 * time when it has none, and its calendar {@code SEQUENCE} ({@link CalendarSequence}), whose dates only the
 * author node remembers.
 *
 * @param now   the time of the publication
 * @param user  who publishes
 * @param first whether the node is an event without a first publication time yet
 * @param count the event's calendar count, or null for other nodes
 */
record PublicationMarks(Calendar now, String user, boolean first, CalendarSequence.Counted count) {

    static PublicationMarks of(Node author, Calendar now, String user) throws RepositoryException {
        boolean event = author.isNodeType(NodeTypes.CONTENT) && !author.isNodeType(NodeTypes.PAGE);
        return new PublicationMarks(now, user, event && !author.hasProperty(EventProperties.PUBLISHED),
                event ? CalendarSequence.next(author) : null);
    }

    /** Marks the public copy. */
    void applyToCopy(Node copy) throws RepositoryException {
        copy.setProperty(NodeTypes.ACTIVATION_STATUS, true);
        copy.setProperty(NodeTypes.LAST_ACTIVATED, now);
        copy.setProperty(NodeTypes.LAST_ACTIVATED_BY, user);
        if (first) {
            copy.setProperty(EventProperties.PUBLISHED, now);
        }
        if (count != null) {
            copy.setProperty(NodeTypes.CALENDAR_SEQUENCE, count.sequence());
        }
    }

    /** Marks the author node, which also remembers the dates calendars saw. */
    void applyToAuthor(Node author) throws RepositoryException {
        applyToCopy(author);
        if (count != null) {
            author.setProperty(NodeTypes.PUBLISHED_TIMING, count.timing());
        }
    }
}
