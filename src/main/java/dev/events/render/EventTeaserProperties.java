package dev.events.render;

/**
 * The event-teaser component: its template id and the property names its dialog
 * ({@code dialogs/components/event-teaser.yaml}) stores and {@link EventTemplatingFunctions#teaser} reads.
 */
public final class EventTeaserProperties {

    public static final String TEMPLATE = "events:components/event-teaser";
    public static final String TITLE = "title";
    /** The chosen event: its identifier in the {@code events} workspace, as a {@code linkField} stores it. */
    public static final String EVENT = "event";
    /** Without a chosen event: the next events of this category (empty: of any category). */
    public static final String CATEGORY = "category";
    /** Without a chosen event: how many of the next events (default 1). */
    public static final String COUNT = "count";
    /** What the teaser says when no event matches; empty: the teaser hides itself. */
    public static final String EMPTY_TEXT = "emptyText";

    private EventTeaserProperties() {
    }
}
