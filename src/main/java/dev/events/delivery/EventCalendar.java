package dev.events.delivery;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.config.SiteSettings;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * One event as an iCalendar file (RFC 5545), built with ical4j: a {@code VCALENDAR} holding one {@code VEVENT}
 * and, for timed events, the {@code VTIMEZONE} of the event's zone. There is no {@code METHOD}: {@code PUBLISH}
 * is an iTIP method (RFC 5546 3.2.1) that requires an {@code ORGANIZER}, which events do not have, so a file with
 * it fails validation; without {@code METHOD} the file is a plain RFC 5545 object that calendars import.
 * <ul>
 * <li>{@code UID} is {@code <node identifier>@events}: the JCR identifier of the event never changes when the
 * event is edited, renamed, moved or republished, so calendars that imported the file update the same entry.</li>
 * <li>{@code SEQUENCE} counts the publications that changed the event's dates as calendars show them (the days
 * of an all-day event; the zone and wall times of a timed one): 0 at the first publication, one more for each
 * later publication with other dates, whatever number of edits led to it; edits of other fields leave it as
 * it is, and it never goes down, not after an older version is restored, an unpublication and republication
 * or a re-import. Publication counts it ({@code dev.events.publish.CalendarSequence}).</li>
 * <li>{@code DTSTAMP} is the runtime's {@link Clock} at the time of the request; {@code LAST-MODIFIED} the
 * event's last change.</li>
 * <li>{@code SUMMARY} is the title and {@code DESCRIPTION} the teaser in the request's language (falling back to
 * the default language).</li>
 * <li>Timed events have {@code DTSTART;TZID=<zone>} (and {@code DTEND} when they have an end); all-day events
 * have {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND;VALUE=DATE}, the day after the last day.</li>
 * <li>{@code LOCATION} is the location line as the site shows it, and {@code GEO} the event's latitude and
 * longitude when it has both. The online address ({@code onlineUrl}) is RFC 7986's
 * {@code CONFERENCE;VALUE=URI}; as many calendars ignore that property, it is also the {@code LOCATION} of an
 * event without a place. An event moved online has no {@code GEO}, and its online address (if any) as
 * {@code LOCATION}: its place no longer holds.</li>
 * <li>{@code URL} is the absolute address of the event's detail page in the request's language, from the
 * configured base URL ({@link SiteSettings#absolute}), never from the request's {@code Host}.</li>
 * <li>{@code STATUS}: {@code scheduled}, {@code rescheduled} and {@code movedOnline} are {@code CONFIRMED} (the
 * event takes place at the dates given), {@code cancelled} is {@code CANCELLED}, {@code postponed} is
 * {@code TENTATIVE} (the dates given will not hold).</li>
 * </ul>
 * {@link #feed} builds the same {@code VEVENT}s for many events in one {@code VCALENDAR}, with one
 * {@code VTIMEZONE} per zone used and the calendar's name as {@code X-WR-CALNAME}.
 * Lines end with CRLF and are folded at 75 octets (never inside a UTF-8 character). Thread-safe.
 */
public final class EventCalendar {

    /** The media type of the files. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    static final String PRODUCT = "-//Events//Events 0.1//EN";
    /** The de-facto calendar name property that calendar applications show for a subscription. */
    static final String CALENDAR_NAME = "X-WR-CALNAME";
    private static final int MAX_OCTETS = 75;

    private final EventComponent components;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** @param settings where the site is, for the {@code URL}s of the events */
    public EventCalendar(Clock clock, SiteSettings settings) {
        this.components = new EventComponent(clock, settings);
    }

    /**
     * @param event    a published event node
     * @param pagePath the path of the events page the event's detail page is under, with the language prefix
     *                 ({@code /events}, {@code /fr/events})
     * @return the event's iCalendar file, in UTF-8
     */
    public byte[] of(Node event, Locale locale, String pagePath) throws RepositoryException, IOException {
        return write(calendar(List.of(event), locale, pagePath, null));
    }

    /**
     * @param events   the (published) event nodes, in the order of their {@code VEVENT}s
     * @param pagePath the path of the events page their detail pages are under, with the language prefix
     * @param name     the calendar's display name ({@code X-WR-CALNAME}), or null for none
     * @return one iCalendar file holding a {@code VEVENT} per event and one {@code VTIMEZONE} per zone used, in
     *         UTF-8
     */
    public byte[] feed(List<Node> events, Locale locale, String pagePath, String name)
            throws RepositoryException, IOException {
        return write(calendar(events, locale, pagePath, name));
    }

    private Calendar calendar(List<Node> events, Locale locale, String pagePath, String name)
            throws RepositoryException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (name != null && !name.isBlank()) {
            calendar.add(new XProperty(CALENDAR_NAME, name));
        }
        Set<String> zonesUsed = new LinkedHashSet<>();
        List<VEvent> vevents = new ArrayList<>();
        for (Node event : events) {
            vevents.add(components.of(event, locale, pagePath, zonesUsed));
        }
        for (String zone : zonesUsed) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        for (VEvent vevent : vevents) {
            calendar.add(vevent);
        }
        return calendar;
    }

    private static byte[] write(Calendar calendar) throws IOException {
        StringWriter unfolded = new StringWriter();
        try {
            // ical4j folds by characters; folding is done below by octets instead
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, unfolded);
        } catch (ValidationException e) {
            throw new IOException("Invalid calendar: " + e.getMessage(), e);
        }
        StringBuilder folded = new StringBuilder();
        for (String line : unfolded.toString().split("\r\n")) {
            fold(line, folded);
        }
        return folded.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets, then CRLF. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
