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

    private EventListProperties() {
    }
}
