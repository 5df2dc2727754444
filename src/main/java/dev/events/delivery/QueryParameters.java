package dev.events.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.events.render.QueryDecoding;

/**
 * The query string of a delivery request as parameter names and values, decoded. Every parameter is given once:
 * a repeated one (even a filter: use {@code |} or another operator), a broken %-escape or bytes that are not UTF-8
 * ({@link QueryDecoding}) are a 400 naming it.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** @param query the raw query string, or null */
    static Map<String, String> parse(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), pair);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (parameters.putIfAbsent(name, value) != null) {
                throw DeliveryException.badParameter(name, "given more than once");
            }
        }
        return parameters;
    }

    private static String decode(String text, String parameter) {
        return QueryDecoding.decode(text).orElseThrow(() -> DeliveryException.badParameter(parameter,
                "broken %-escape or not UTF-8"));
    }
}
