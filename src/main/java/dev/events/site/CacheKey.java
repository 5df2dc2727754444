package dev.events.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The page cache's key of a request: the path with its language prefix ({@code /fr/events}) and the decoded query
 * parameters sorted by name, each encoded again ({@code /events?category=x&page=2}). Everything a public answer
 * depends on is in it: the language comes from the prefix, nothing is read from request headers, and the base URL
 * is configured. {@code ?b=2&a=1} and {@code ?a=1&b=2} are one entry (the links of the kept page keep the
 * parameters in the order of the request that rendered it: the same addresses); so are {@code ?a} and
 * {@code ?a=}, which parse to the same parameters.
 */
final class CacheKey {

    private CacheKey() {
    }

    static String of(SiteRequest request) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(request.parameters()).entrySet()) {
            for (String value : parameter.getValue()) {
                query.add(encode(parameter.getKey()) + "=" + encode(value));
            }
        }
        return request.uri() + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
