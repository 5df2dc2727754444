package dev.events.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A visitor's request, split into language, content path and query parameters.
 *
 * @param uri        the path as requested, e.g. {@code /fr/events/x}
 * @param locale     the language: French under {@code /fr}, else English
 * @param prefix     {@code /fr} or empty
 * @param path       the content path without the language prefix, e.g. {@code /events/x}
 * @param parameters the decoded query parameters
 */
public record SiteRequest(String uri, Locale locale, String prefix, String path, Map<String, List<String>> parameters) {

    /** Parses a path with an optional query string, as {@code render} takes it. */
    public static SiteRequest parse(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        return of(path, q < 0 ? "" : pathAndQuery.substring(q + 1));
    }

    /** @param query the raw query string, or empty */
    public static SiteRequest of(String path, String query) {
        String uri = path.isEmpty() ? "/" : path;
        if (uri.equals("/fr") || uri.startsWith("/fr/")) {
            String rest = uri.substring(3);
            return new SiteRequest(uri, Locale.FRENCH, "/fr", rest.isEmpty() ? "/" : rest, query(query));
        }
        return new SiteRequest(uri, Locale.ENGLISH, "", uri, query(query));
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // a broken %-escape is kept as typed; the page then reports the value it cannot take
            return text;
        }
    }
}
