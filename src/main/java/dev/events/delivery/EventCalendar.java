package dev.events.delivery;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.JcrValues;
import dev.events.content.NodeTypes;
import dev.events.content.Translations;
import dev.events.format.LocationLine;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
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
 * <li>{@code DTSTAMP} is the runtime's {@link Clock} at the time of the request.</li>
 * <li>{@code SUMMARY} is the title and {@code DESCRIPTION} the teaser in the request's language (falling back to
 * the default language); {@code LOCATION} is the location line as the site shows it.</li>
 * <li>Timed events have {@code DTSTART;TZID=<zone>} (and {@code DTEND} when they have an end); all-day events
 * have {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND;VALUE=DATE}, the day after the last day.</li>
 * <li>{@code STATUS}: {@code scheduled}, {@code rescheduled} and {@code movedOnline} are {@code CONFIRMED} (the
 * event takes place at the dates given), {@code cancelled} is {@code CANCELLED}, {@code postponed} is
 * {@code TENTATIVE} (the dates given will not hold).</li>
 * <li>There is no {@code URL}: the site does not know its absolute address, and {@code URL} must be an
 * absolute URI.</li>
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

    private final Clock clock;
    private final LocationLine locations = new LocationLine();
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public EventCalendar(Clock clock) {
        this.clock = clock;
    }

    /** @return the iCalendar file of a (published) event node, in UTF-8 */
    public byte[] of(Node event, Locale locale) throws RepositoryException, IOException {
        return write(calendar(List.of(event), locale, null));
    }

    /**
     * @param events the (published) event nodes, in the order of their {@code VEVENT}s
     * @param name   the calendar's display name ({@code X-WR-CALNAME}), or null for none
     * @return one iCalendar file holding a {@code VEVENT} per event and one {@code VTIMEZONE} per zone used, in
     *         UTF-8
     */
    public byte[] feed(List<Node> events, Locale locale, String name) throws RepositoryException, IOException {
        return write(calendar(events, locale, name));
    }

    private Calendar calendar(List<Node> events, Locale locale, String name) throws RepositoryException {
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
            vevents.add(vevent(event, locale, zonesUsed));
        }
        for (String zone : zonesUsed) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        for (VEvent vevent : vevents) {
            calendar.add(vevent);
        }
        return calendar;
    }

    /** @param zonesUsed collects the zone of a timed event, whose {@code VTIMEZONE} the calendar must hold */
    private VEvent vevent(Node event, Locale locale, Set<String> zonesUsed) throws RepositoryException {
        EventTime time = EventTime.of(event);
        VEvent vevent = new VEvent(false); // without the DTSTAMP of the system clock
        vevent.add(new Uid(event.getIdentifier() + "@events"));
        vevent.add(new DtStamp(clock.instant()));
        if (time.allDay()) {
            vevent.add(new DtStart<>(time.start().toLocalDate()));
            vevent.add(new DtEnd<>(time.lastDay().plusDays(1)));
        } else {
            zonesUsed.add(time.start().getZone().getId());
            vevent.add(timed(new DtStart<>(time.start()), time.start()));
            if (time.end() != null && time.end().isAfter(time.start())) {
                vevent.add(timed(new DtEnd<>(time.end()), time.end()));
            }
        }
        addText(vevent, new Summary(), Translations.text(event, EventProperties.TITLE, locale));
        addText(vevent, new Description(), Translations.text(event, EventProperties.TEASER, locale));
        addText(vevent, new Location(), location(event, locale));
        List<String> categories = JcrValues.strings(event, EventProperties.CATEGORIES);
        if (!categories.isEmpty()) {
            vevent.add(new Categories(new TextList(categories)));
        }
        if (event.hasProperty(NodeTypes.LAST_MODIFIED)) {
            vevent.add(new LastModified(event.getProperty(NodeTypes.LAST_MODIFIED).getDate().toInstant()));
        }
        vevent.add(status(event));
        return vevent;
    }

    private static <T extends net.fortuna.ical4j.model.Property> T timed(T property, ZonedDateTime value) {
        return property.replace(new TzId(value.getZone().getId()));
    }

    private static void addText(VEvent vevent, net.fortuna.ical4j.model.Property property, String text) {
        if (!text.isBlank()) {
            property.setValue(text);
            vevent.add(property);
        }
    }

    private String location(Node event, Locale locale) throws RepositoryException {
        return locations.format(Translations.text(event, EventProperties.LOCATION, locale),
                Translations.text(event, EventProperties.VENUE, locale),
                Translations.text(event, EventProperties.CITY, locale),
                Translations.text(event, EventProperties.COUNTRY, locale), locale);
    }

    private static Status status(Node event) throws RepositoryException {
        String status = event.hasProperty(EventProperties.STATUS)
                ? event.getProperty(EventProperties.STATUS).getString() : "scheduled";
        switch (status) {
            case "cancelled":
                return ImmutableStatus.VEVENT_CANCELLED;
            case "postponed":
                return ImmutableStatus.VEVENT_TENTATIVE;
            default:
                return ImmutableStatus.VEVENT_CONFIRMED;
        }
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
