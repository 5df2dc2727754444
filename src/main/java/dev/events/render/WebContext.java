package dev.events.render;

import java.util.Locale;
import java.util.Map;
import java.util.List;

/** {@code ctx}: the request as Magnolia's WebContext shows it to templates. */
public final class WebContext {

    private final RenderRequest request;
    private final AggregationState state;

    WebContext(RenderRequest request, AggregationState state) {
        this.request = request;
        this.state = state;
    }

    /** @return the servlet context path; the runtime serves at the root */
    public String getContextPath() {
        return "";
    }

    /** @return the first value of a query parameter, or null */
    public String getParameter(String name) {
        return request.parameter(name);
    }

    /** @return every query parameter */
    public Map<String, List<String>> getParameters() {
        return request.parameters();
    }

    /** @return the page language */
    public Locale getLocale() {
        return request.locale();
    }

    /** @return the aggregation state, as {@code state} */
    public AggregationState getAggregationState() {
        return state;
    }
}
