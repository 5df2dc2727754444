package dev.events.render;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the parameters of a link back, as the site receiving it would. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** @return the decoded parameters of the link's query; the link must be a valid URI */
    static Map<String, String> of(String link) {
        URI.create(link);
        String query = link.substring(link.indexOf('?') + 1);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return parameters;
    }

    /** @return the link without its query */
    static String base(String link) {
        return link.substring(0, link.indexOf('?'));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
