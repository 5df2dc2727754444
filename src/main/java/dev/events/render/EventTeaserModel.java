package dev.events.render;

import java.util.List;

/**
 * The model of the event-teaser component.
 *
 * @param title     the heading, or empty
 * @param items     the events to show: the chosen one if it is published, or the next ones of the category
 * @param emptyText what to say when there are none, or empty
 * @param shown     false when the teaser renders nothing: no event and no text
 */
public record EventTeaserModel(String title, List<EventView> items, String emptyText, boolean shown) {

    /** @return the model; it is shown when it has events or a text for their absence */
    static EventTeaserModel of(String title, List<EventView> items, String emptyText) {
        return new EventTeaserModel(title, items, emptyText, !items.isEmpty() || !emptyText.isEmpty());
    }
}
