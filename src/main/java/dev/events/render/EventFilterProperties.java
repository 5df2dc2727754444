package dev.events.render;

/**
 * The event-filter component: its template id and the property names its dialog
 * ({@code dialogs/components/event-filter.yaml}) stores and {@link EventTemplatingFunctions#filter} reads.
 */
public final class EventFilterProperties {

    public static final String TEMPLATE = "events:components/event-filter";
    public static final String TITLE = "title";
    /** Whether events that are over are counted (default true); match the event-list the filter drives. */
    public static final String INCLUDE_PAST = EventListProperties.INCLUDE_PAST;
    /** How many values each facet lists at most, the most frequent (months: the latest) first (default 24). */
    public static final String MAX_VALUES = "maxValues";

    private EventFilterProperties() {
    }
}
