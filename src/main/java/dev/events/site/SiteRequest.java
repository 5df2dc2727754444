package dev.events.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.events.render.QueryDecoding;

/**
 * A visitor's request, split into language, content path and query parameters.
 *
 * @param uri        the path as requested, e.g. {@code /fr/events/x}
 * @param locale     the language: French under {@code /fr}, else English
 * @param prefix     {@code /fr} or empty
 * @param path       the content path without the language prefix, e.g. {@code /events/x}
 * @param parameters the decoded query parameters
 * @param malformed  the names of the parameters whose name or value is not percent-encoded UTF-8 (a broken
 *                   %-escape, an invalid byte sequence), kept as typed in {@code parameters}; the site answers
 *                   400 naming the first
 */
public record SiteRequest(String uri, Locale locale, String prefix, String path, Map<String, List<String>> parameters,
        Set<String> malformed) {

    /** Parses a path with an optional query string, as {@code render} takes it. */
    public static SiteRequest parse(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        return of(path, q < 0 ? "" : pathAndQuery.substring(q + 1));
    }

    /** @param query the raw query string, or empty */
    public static SiteRequest of(String path, String query) {
        String uri = path.isEmpty() ? "/" : path;
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        Set<String> malformed = new LinkedHashSet<>();
        query(query, parameters, malformed);
        if (uri.equals("/fr") || uri.startsWith("/fr/")) {
            String rest = uri.substring(3);
            return new SiteRequest(uri, Locale.FRENCH, "/fr", rest.isEmpty() ? "/" : rest, parameters,
                    Collections.unmodifiableSet(malformed));
        }
        return new SiteRequest(uri, Locale.ENGLISH, "", uri, parameters, Collections.unmodifiableSet(malformed));
    }

    private static void query(String query, Map<String, List<String>> parameters, Set<String> malformed) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                // kept as typed, and refused by the site naming the parameter
                name = name == null ? rawName : name;
                value = value == null ? pair.substring(eq + 1) : value;
                malformed.add(name);
            }
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text) {
        return QueryDecoding.decode(text).orElse(null);
    }
}
