package dev.events.delivery;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.config.SiteSettings;
import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;
import dev.events.content.EventTime;
import dev.events.render.InvalidParameterException;

/**
 * The subscribable iCalendar feed of the published events, {@code /events.ics}: one {@code VCALENDAR} with one
 * {@code VEVENT} per event, built as {@link EventCalendar} builds a single event's file (same {@code UID}s, so a
 * calendar that imported a single file and subscribes to the feed keeps one entry), one {@code VTIMEZONE} per
 * zone used and the events page title as {@code X-WR-CALNAME}. Cancelled events stay, with
 * {@code STATUS:CANCELLED}, so that calendars remove them.
 * <p>
 * Query parameters, each optional:
 * <ul>
 * <li>{@code category}: only events with exactly this category (letters, digits, {@code -} and {@code _}, at most
 * 100 characters).</li>
 * <li>{@code from}, {@code to}: ISO dates ({@code 2017-06-01}), inclusive. An event is included when one of its
 * days, in its own zone, is in the window. Without {@code from}, the window starts
 * {@link SiteSettings#feedPastDays()} days before today (90 unless configured); without {@code to}, it ends
 * {@link SiteSettings#feedHorizonDays()} days after today (365 unless configured). "Today" is the runtime
 * clock's date in UTC. {@code from} after {@code to} is invalid.</li>
 * </ul>
 * A bad value is an {@link InvalidParameterException} naming the parameter (a 400 page). At most
 * {@value #MAX_EVENTS} events are included: when more match, the ones with the latest start are dropped
 * (the earliest {@value #MAX_EVENTS} by start are kept, in start order). Thread-safe.
 */
public final class EventFeed {

    /** The most events in one feed. */
    public static final int MAX_EVENTS = 500;
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** More than the largest zone offset, for the first cut on instants before the exact check on dates. */
    private static final Duration ZONE_MARGIN = Duration.ofDays(1);

    private final EventCatalog catalog;
    private final EventCalendar calendars;
    private final Clock clock;
    private final SiteSettings settings;

    /** @param settings the default window ({@code feedPastDays}, {@code feedHorizonDays}) */
    public EventFeed(EventCatalog catalog, EventCalendar calendars, Clock clock, SiteSettings settings) {
        this.catalog = catalog;
        this.calendars = calendars;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * @param events     a session on the public {@code events} workspace
     * @param parameters the request's query parameters
     * @param pagePath   the path of the events page the detail pages are under, with the language prefix
     * @param name       the calendar's name, or null
     * @return the feed, in UTF-8
     */
    public byte[] feed(Session events, Map<String, List<String>> parameters, Locale locale, String pagePath,
            String name) throws RepositoryException, IOException {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = date(parameters, "from", today.minusDays(settings.feedPastDays()));
        LocalDate to = date(parameters, "to", today.plusDays(settings.feedHorizonDays()));
        if (from.isAfter(to)) {
            throw new InvalidParameterException("from", "must not be after 'to'");
        }
        String category = category(parameters);
        return calendars.feed(select(events, category, from, to), locale, pagePath, name);
    }

    private List<Node> select(Session events, String category, LocalDate from, LocalDate to)
            throws RepositoryException {
        java.time.Instant earliestEnd = from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(ZONE_MARGIN);
        java.time.Instant latestStart = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(ZONE_MARGIN);
        List<Node> selected = new ArrayList<>();
        for (CatalogEntry entry : catalog.byStart()) {
            if (selected.size() == MAX_EVENTS || !entry.start().isBefore(latestStart)) {
                break;
            }
            if (!entry.endsAt().isAfter(earliestEnd)
                    || category != null && !entry.categories().contains(category)) {
                continue;
            }
            Node event;
            try {
                event = events.getNodeByIdentifier(entry.id());
            } catch (ItemNotFoundException e) {
                continue; // unpublished since the catalog was loaded
            }
            EventTime time = EventTime.of(event);
            if (!time.start().toLocalDate().isAfter(to) && !time.lastDay().isBefore(from)) {
                selected.add(event);
            }
        }
        return selected;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String parameter, LocalDate fallback) {
        String value = single(parameters, parameter);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be a date such as 2017-06-01");
        }
    }

    /** @return the {@code category} parameter, or null; a bad value is an {@link InvalidParameterException} */
    static String category(Map<String, List<String>> parameters) {
        String value = single(parameters, "category");
        if (value != null && !CATEGORY.matcher(value).matches()) {
            throw new InvalidParameterException("category",
                    "must be a category name of letters, digits, '-' and '_'");
        }
        return value;
    }

    private static String single(Map<String, List<String>> parameters, String parameter) {
        List<String> values = parameters.get(parameter);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
