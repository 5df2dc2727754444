package dev.events.render;

/**
 * The event-calendar component: its template id and the property names its dialog
 * ({@code dialogs/components/event-calendar.yaml}) stores and {@link EventTemplatingFunctions#calendar} reads.
 */
public final class EventCalendarProperties {

    public static final String TEMPLATE = "events:components/event-calendar";
    public static final String TITLE = "title";
    /** The zone whose date is "today" and whose month is shown first (an IANA id; default UTC). */
    public static final String TIME_ZONE = "timeZone";
    /** How many events a day lists before "n more" (default 3). */
    public static final String MAX_PER_DAY = "maxPerDay";
    /** Only events with one of these categories; none: every category (as the event-list's). */
    public static final String CATEGORIES = EventListProperties.CATEGORIES;

    private EventCalendarProperties() {
    }
}
