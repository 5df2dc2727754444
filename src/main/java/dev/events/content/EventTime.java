package dev.events.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * When an event happens, as wall time in its own zone: what the author meant, whatever the server's zone.
 *
 * @param start  the start in the event's zone
 * @param end    the end in the event's zone, or null; for all-day events the start of the last day
 * @param allDay whether only the dates count
 */
public record EventTime(ZonedDateTime start, ZonedDateTime end, boolean allDay) {

    /** Reads the time of an event node; the stored offsets are converted into the node's {@code timeZone}. */
    public static EventTime of(Node event) throws RepositoryException {
        ZoneId zone = zone(event);
        ZonedDateTime start = read(event, EventProperties.START_DATE, zone);
        ZonedDateTime end = read(event, EventProperties.END_DATE, zone);
        boolean allDay = event.hasProperty(EventProperties.ALL_DAY)
                && event.getProperty(EventProperties.ALL_DAY).getBoolean();
        return new EventTime(start, end, allDay);
    }

    /** @return the event's zone, UTC when it has none or an invalid one */
    public static ZoneId zone(Node event) throws RepositoryException {
        if (!event.hasProperty(EventProperties.TIME_ZONE)) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(event.getProperty(EventProperties.TIME_ZONE).getString());
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static ZonedDateTime read(Node event, String property, ZoneId zone) throws RepositoryException {
        if (!event.hasProperty(property)) {
            return null;
        }
        Calendar value = event.getProperty(property).getDate();
        return value.toInstant().atZone(zone);
    }

    /** @return the last day of the event, in its zone */
    public LocalDate lastDay() {
        return (end != null && end.isAfter(start) ? end : start).toLocalDate();
    }

    /**
     * @return the dates as an iCalendar file shows them: {@code 2017-10-05/2017-10-06} (first and last day) for
     *         all-day events, {@code Europe/Paris 2017-06-28T13:00/2017-06-28T15:00} (zone, wall times, no end
     *         when there is none) for timed ones. Two equal values mean that calendar subscribers see the same
     *         {@code DTSTART} and {@code DTEND}.
     */
    public String calendarTiming() {
        if (allDay) {
            return start.toLocalDate() + "/" + lastDay();
        }
        boolean hasEnd = end != null && end.isAfter(start);
        return start.getZone().getId() + " " + start.toLocalDateTime() + "/" + (hasEnd ? end.toLocalDateTime() : "");
    }

    /**
     * @return when the event is over: an event is ongoing until the end of its last day in its own zone
     */
    public Instant endsAt() {
        return lastDay().plusDays(1).atStartOfDay(start.getZone()).toInstant();
    }
}
