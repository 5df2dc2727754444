package dev.events.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the URLs of other states of the current page, keeping the request's other parameters. */
@FunctionalInterface
public interface PageLinks {

    /** @return the URL of page {@code page} (the first page has no {@code page} parameter) */
    String page(int page);

    /**
     * The current page with some parameters changed, back on its first page: what facet links and calendar
     * months link to. This default gives a query-only relative URL holding the changed parameters alone;
     * the site's implementation keeps the request's other parameters.
     *
     * @param changes parameter values by name; an empty value removes the parameter
     * @return the URL
     */
    default String with(Map<String, String> changes) {
        StringJoiner query = new StringJoiner("&", "?", "");
        changes.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
