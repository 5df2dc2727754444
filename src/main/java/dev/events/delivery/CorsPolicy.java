package dev.events.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may read the delivery API from a browser page: the configured origins ({@code serve --cors-origin}), or
 * any with {@code *}. Allowed origins get {@code Access-Control-Allow-Origin} (the origin itself, or {@code *} on
 * every answer)
 * and may read the {@code ETag}; a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is
 * answered for GET and HEAD with the conditional and language request headers. Answers vary by origin.
 */
final class CorsPolicy {

    static final String ANY = "*";
    static final String METHODS = "GET, HEAD, OPTIONS";
    /** The request headers a page may send beyond the always-allowed ones: revalidation and language. */
    private static final Set<String> HEADERS = Set.of("accept", "accept-language", "content-language",
            "if-none-match", "if-modified-since", "cache-control");

    private final List<String> origins;

    /** @param origins the allowed origins ({@code https://app.example.org}), or {@code *} */
    CorsPolicy(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    /** @return the headers answering a request from {@code origin} (null when not from a browser page) */
    Map<String, String> headers(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        String allowed = allowed(origin);
        if (allowed != null) {
            headers.put("Access-Control-Allow-Origin", allowed);
            headers.put("Access-Control-Expose-Headers", "ETag");
        }
        return headers;
    }

    /** @return the headers answering a preflight; no CORS headers when the origin or method is not allowed */
    Map<String, String> preflight(String origin, String method, String requestHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        String allowed = allowed(origin);
        if (allowed == null || !(method.equals("GET") || method.equals("HEAD"))) {
            return headers;
        }
        headers.put("Access-Control-Allow-Origin", allowed);
        headers.put("Access-Control-Allow-Methods", METHODS);
        List<String> asked = new ArrayList<>();
        for (String header : requestHeaders == null ? new String[0] : requestHeaders.split(",")) {
            String name = header.strip().toLowerCase(Locale.ROOT);
            if (HEADERS.contains(name)) {
                asked.add(name);
            }
        }
        if (!asked.isEmpty()) {
            headers.put("Access-Control-Allow-Headers", String.join(", ", asked));
        }
        headers.put("Access-Control-Max-Age", "600");
        return headers;
    }

    /** @return the value of {@code Access-Control-Allow-Origin} for that origin, or null for none */
    private String allowed(String origin) {
        if (origins.contains(ANY)) {
            return ANY;
        }
        if (origin == null || origin.isBlank()) {
            return null;
        }
        return origins.stream().anyMatch(o -> o.equalsIgnoreCase(origin.strip())) ? origin.strip() : null;
    }
}
