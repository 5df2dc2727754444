package dev.events.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.events.render.PageLinks;
import dev.events.render.RenderRequest;

/** Paging links of the current URL: the request's parameters kept, {@code page} replaced. */
final class QueryLinks implements PageLinks {

    private final RenderRequest request;

    QueryLinks(RenderRequest request) {
        this.request = request;
    }

    @Override
    public String page(int page) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter : request.parameters().entrySet()) {
            if (!parameter.getKey().equals("page")) {
                parameter.getValue().forEach(v -> query.add(encode(parameter.getKey()) + "=" + encode(v)));
            }
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        String path = request.uri();
        return query.length() == 0 ? path : path + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
