package dev.events.render;

/**
 * The event-list component: its template id and the property names its dialog
 * ({@code dialogs/components/event-list.yaml}) stores and {@link EventTemplatingFunctions#listing} reads.
 */
public final class EventListProperties {

    public static final String TEMPLATE = "events:components/event-list";
    public static final String TITLE = "title";
    public static final String SORT_ORDER = "sortOrder";
    public static final String MAX_ITEMS = "maxItems";
    public static final String TEASER_LENGTH = "teaserLength";
    /** Only events with one of these categories; none: every category. */
    public static final String CATEGORIES = "categories";
    /** Only events in this country (ISO code) or city; empty: everywhere. */
    public static final String PLACE = "place";
    /** Whether events that have started and are not over are listed (default true). */
    public static final String INCLUDE_ONGOING = "includeOngoing";
    /** Whether events that are over are listed (default true). */
    public static final String INCLUDE_PAST = "includePast";
    /** Whether each event shows its image (default false). */
    public static final String SHOW_IMAGES = "showImages";
    /** Whether the list has pages (default true); without, it shows the first {@link #MAX_ITEMS} events only. */
    public static final String PAGING = "paging";

    private EventListProperties() {
    }
}
