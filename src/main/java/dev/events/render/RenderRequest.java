package dev.events.render;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page is rendered for.
 *
 * @param uri        the requested path with its language prefix, e.g. {@code /fr/events}
 * @param locale     the language of the page
 * @param prefix     the language prefix of links: empty for the default language, {@code /fr} for French
 * @param parameters the query parameters
 * @param editMode   true in the author's page editor
 * @param now        the time the page is rendered at
 */
public record RenderRequest(String uri, Locale locale, String prefix, Map<String, List<String>> parameters,
        boolean editMode, Instant now) {

    /** @return the first value of a query parameter, or null */
    public String parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
