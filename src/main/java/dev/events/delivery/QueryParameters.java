package dev.events.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query string of a delivery request as parameter names and values, decoded. Every parameter is given once:
 * a repeated one (even a filter: use {@code |} or another operator) or a broken %-escape is a 400 naming it.
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
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw DeliveryException.badParameter(parameter, "broken %-escape");
        }
    }
}
