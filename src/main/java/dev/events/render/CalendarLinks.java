package dev.events.render;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import dev.events.content.EventTime;

/**
 * "Add to calendar" links that need no script: Google Calendar and Outlook.com compose pages, and the event's own
 * iCalendar file.
 * <ul>
 * <li>Google takes wall times in the event's zone ({@code dates=20171005T130000/20171005T150000&ctz=Asia/Tokyo}),
 * so a range across a daylight-saving change stays as the author wrote it; all-day events are dates with an
 * exclusive end ({@code 20171005/20171007}).</li>
 * <li>Outlook.com takes ISO-8601 times with the offset each instant has in the event's zone; all-day events are
 * dates with an exclusive end and {@code allday=true}.</li>
 * <li>A timed event without an end ends when it starts, as its iCalendar file says (no {@code DTEND}); an all-day
 * event without an end lasts one day.</li>
 * </ul>
 */
public final class CalendarLinks {

    private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter GOOGLE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter OUTLOOK_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private CalendarLinks() {
    }

    /**
     * The links of one event.
     *
     * @param google  the Google Calendar compose page
     * @param outlook the Outlook.com compose page
     * @param ics     the event's iCalendar file on this site
     */
    public record Links(String google, String outlook, String ics) {
    }

    /**
     * @param time     when the event happens; its start must be set
     * @param title    the title
     * @param details  the description: the teaser and the page's address
     * @param location the place, or the online address of an online event; may be empty
     * @param ics      the address of the event's {@code .ics} file
     */
    public static Links of(EventTime time, String title, String details, String location, String ics) {
        return new Links(google(time, title, details, location), outlook(time, title, details, location), ics);
    }

    private static String google(EventTime time, String title, String details, String location) {
        String dates = time.allDay()
                ? GOOGLE_DATE.format(time.start().toLocalDate()) + "/" + GOOGLE_DATE.format(exclusiveEnd(time))
                : GOOGLE_TIME.format(time.start()) + "/" + GOOGLE_TIME.format(end(time));
        UrlBuilder url = new UrlBuilder("https://calendar.google.com/calendar/render").add("action", "TEMPLATE")
                .add("text", title).add("dates", dates);
        if (!time.allDay()) {
            url.add("ctz", time.start().getZone().getId());
        }
        return url.addIfPresent("details", details).addIfPresent("location", location).toString();
    }

    private static String outlook(EventTime time, String title, String details, String location) {
        String start = time.allDay() ? time.start().toLocalDate().toString() : OUTLOOK_TIME.format(time.start());
        String end = time.allDay() ? exclusiveEnd(time).toString() : OUTLOOK_TIME.format(end(time));
        return new UrlBuilder("https://outlook.live.com/calendar/0/action/compose").add("subject", title)
                .add("startdt", start).add("enddt", end).add("allday", String.valueOf(time.allDay()))
                .addIfPresent("body", details).addIfPresent("location", location).toString();
    }

    /** @return the day after the last day */
    private static LocalDate exclusiveEnd(EventTime time) {
        return time.lastDay().plusDays(1);
    }

    /** @return the end of a timed event, or its start when it has no (valid) end */
    private static ZonedDateTime end(EventTime time) {
        return time.end() != null && time.end().isAfter(time.start()) ? time.end() : time.start();
    }
}
