package dev.events.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.config.SiteSettings;
import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.JcrValues;
import dev.events.content.NodeTypes;
import dev.events.content.Translations;
import dev.events.format.LocationLine;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/** The {@code VEVENT} of one published event, as {@link EventCalendar} describes it. Thread-safe. */
final class EventComponent {

    private static final String MOVED_ONLINE = "movedOnline";
    /** Six decimals of a degree are about 0.1 m: more than any venue needs. */
    private static final int GEO_DECIMALS = 6;

    private final Clock clock;
    private final SiteSettings settings;
    private final LocationLine locations = new LocationLine();

    EventComponent(Clock clock, SiteSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * @param pagePath  the path of the events page the event's detail page is under, with the language prefix
     *                  ({@code /fr/events})
     * @param zonesUsed collects the zone of a timed event, whose {@code VTIMEZONE} the calendar must hold
     */
    VEvent of(Node event, Locale locale, String pagePath, Set<String> zonesUsed) throws RepositoryException {
        VEvent vevent = new VEvent(false); // without the DTSTAMP of the system clock
        vevent.add(new Uid(event.getIdentifier() + "@events"));
        vevent.add(new DtStamp(clock.instant()));
        addTiming(vevent, EventTime.of(event), zonesUsed);
        vevent.add(new Sequence(sequence(event)));
        addText(vevent, new Summary(), Translations.text(event, EventProperties.TITLE, locale));
        addText(vevent, new Description(), Translations.text(event, EventProperties.TEASER, locale));
        addPlace(vevent, event, locale);
        vevent.add(new Url(URI.create(settings.absolute(pagePath + "/" + event.getName()))));
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

    private static void addTiming(VEvent vevent, EventTime time, Set<String> zonesUsed) {
        if (time.allDay()) {
            vevent.add(new DtStart<>(time.start().toLocalDate()));
            vevent.add(new DtEnd<>(time.lastDay().plusDays(1)));
            return;
        }
        zonesUsed.add(time.start().getZone().getId());
        vevent.add(timed(new DtStart<>(time.start()), time.start()));
        if (time.end() != null && time.end().isAfter(time.start())) {
            vevent.add(timed(new DtEnd<>(time.end()), time.end()));
        }
    }

    private static <T extends Property> T timed(T property, ZonedDateTime value) {
        return property.replace(new TzId(value.getZone().getId()));
    }

    /**
     * The physical place as {@code LOCATION} and {@code GEO}, the online address as RFC 7986's {@code CONFERENCE}.
     * Calendars that ignore {@code CONFERENCE} still show {@code LOCATION}, so an event without a place (online
     * only) or moved online has its online address there instead; a place that no longer holds gives no
     * {@code LOCATION} and no {@code GEO}.
     */
    private void addPlace(VEvent vevent, Node event, Locale locale) throws RepositoryException {
        String online = text(event, EventProperties.ONLINE_URL);
        boolean movedOnline = MOVED_ONLINE.equals(text(event, EventProperties.STATUS));
        String place = movedOnline ? "" : location(event, locale);
        addText(vevent, new Location(), place.isBlank() ? online : place);
        if (!online.isBlank()) {
            vevent.add(new Conference(new ParameterList(List.of(Value.URI)), online));
        }
        if (!movedOnline && event.hasProperty(EventProperties.LATITUDE)
                && event.hasProperty(EventProperties.LONGITUDE)) {
            vevent.add(new Geo(degrees(event, EventProperties.LATITUDE), degrees(event, EventProperties.LONGITUDE)));
        }
    }

    /** @return the value with at most six decimals, written without exponent ({@code 48.5949}, {@code 100}) */
    private static BigDecimal degrees(Node event, String property) throws RepositoryException {
        BigDecimal degrees = BigDecimal.valueOf(event.getProperty(property).getDouble())
                .setScale(GEO_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return degrees.scale() < 0 ? degrees.setScale(0) : degrees;
    }

    private static void addText(VEvent vevent, Property property, String text) {
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

    private static String text(Node event, String property) throws RepositoryException {
        return event.hasProperty(property) ? event.getProperty(property).getString() : "";
    }

    /** @return the count kept by publication; 0 for a copy published before it was counted */
    private static int sequence(Node event) throws RepositoryException {
        return event.hasProperty(NodeTypes.CALENDAR_SEQUENCE)
                ? Math.toIntExact(event.getProperty(NodeTypes.CALENDAR_SEQUENCE).getLong()) : 0;
    }

    private static Status status(Node event) throws RepositoryException {
        switch (text(event, EventProperties.STATUS)) {
            case "cancelled":
                return ImmutableStatus.VEVENT_CANCELLED;
            case "postponed":
                return ImmutableStatus.VEVENT_TENTATIVE;
            default:
                return ImmutableStatus.VEVENT_CONFIRMED;
        }
    }
}
