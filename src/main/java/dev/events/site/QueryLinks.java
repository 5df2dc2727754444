package dev.events.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.events.render.PageLinks;
import dev.events.render.RenderRequest;

/** Links to other states of the current URL: the request's parameters kept, {@code page} and the changed ones replaced. */
final class QueryLinks implements PageLinks {

    private static final String PAGE = "page";
    private final RenderRequest request;

    QueryLinks(RenderRequest request) {
        this.request = request;
    }

    @Override
    public String page(int page) {
        return link(page > 1 ? Map.of(PAGE, String.valueOf(page)) : Map.of());
    }

    @Override
    public String with(Map<String, String> changes) {
        return link(changes);
    }

    /** @return the current path with its parameters but {@code page}, changed as given (empty values removed) */
    private String link(Map<String, String> changes) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(request.parameters());
        parameters.remove(PAGE);
        changes.forEach((name, value) -> parameters.put(name, value.isEmpty() ? List.of() : List.of(value)));
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(v -> query.add(encode(name) + "=" + encode(v))));
        String path = request.uri();
        return query.length() == 0 ? path : path + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
