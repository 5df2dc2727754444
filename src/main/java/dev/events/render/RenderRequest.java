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
 * @param expiry     collects, while the page renders, when the passing of time alone changes it (the public
 *                   site's page cache keeps it no longer)
 */
public record RenderRequest(String uri, Locale locale, String prefix, Map<String, List<String>> parameters,
        boolean editMode, Instant now, Expiry expiry) {

    /** A request whose expiry nobody reads (author previews, tests). */
    public RenderRequest(String uri, Locale locale, String prefix, Map<String, List<String>> parameters,
            boolean editMode, Instant now) {
        this(uri, locale, prefix, parameters, editMode, now, new Expiry());
    }

    /** @return the first value of a query parameter, or null */
    public String parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
