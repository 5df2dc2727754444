package dev.events.delivery;

import java.util.List;

/**
 * A query of the delivery endpoint, checked: every property it names is one the endpoint knows, every value has
 * the property's type.
 *
 * @param limit    how many results, 1 to {@value DeliveryEndpoint#MAX_LIMIT}
 * @param offset   how many results to skip
 * @param orderBy  the orderings, first one first; empty for the repository's order
 * @param words    the full-text search terms ({@code q}) reduced to words; empty for none
 * @param ancestor a workspace path the results are below ({@code @ancestor}), or null
 * @param filters  the property filters, all of which a result matches
 */
record DeliveryQuery(int limit, int offset, List<Ordering> orderBy, String words, String ancestor,
        List<Filter> filters) {

    /**
     * One ordering of {@code orderBy}.
     *
     * @param property   a property name
     * @param descending whether the largest comes first
     */
    record Ordering(String property, boolean descending) {
    }

    /**
     * One property filter, {@code property[operator]=value}.
     *
     * @param property the property, or {@code @name} for the node name
     * @param type     the property's {@link javax.jcr.PropertyType}
     * @param operator the comparison
     * @param values   the typed values: alternatives, or a range's two ends
     */
    record Filter(String property, int type, FilterOperator operator, List<Object> values) {
    }
}
