package dev.events.render;

import java.util.List;

/**
 * The model of the event-filter component: the facets of the published events that match the visitor's other
 * filters, with links that set or remove a filter, and the full-text form.
 *
 * @param title      the heading, or empty
 * @param categories the category facet
 * @param months     the month archive, latest first: an event counts in each month it touches
 * @param places     the place facet: countries, and the cities of the chosen country
 * @param text       the full-text query typed, or empty
 * @param hidden     the other filters, which the full-text form sends again
 * @param total      how many events match every filter
 * @param filtered   whether any filter is set
 * @param clearHref  the page without any filter
 */
public record EventFilterModel(String title, List<FacetValue> categories, List<FacetValue> months,
        List<FacetValue> places, String text, List<Hidden> hidden, int total, boolean filtered, String clearHref) {

    /**
     * One value of a facet.
     *
     * @param label    what visitors read, "Workshop", "October 2017", "France"
     * @param count    how many events it would show with the other filters
     * @param href     the page with this value chosen, or, when it is chosen, without it
     * @param selected whether it is the chosen value
     * @param children narrower values (the cities of a chosen country), or none
     */
    public record FacetValue(String label, int count, String href, boolean selected, List<FacetValue> children) {
    }

    /**
     * A parameter the full-text form keeps.
     *
     * @param name  the parameter
     * @param value its value
     */
    public record Hidden(String name, String value) {
    }
}
