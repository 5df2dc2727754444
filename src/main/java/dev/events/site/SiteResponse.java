package dev.events.site;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the public site answers to one request, before HTTP: the same object serves Jetty and {@code render}.
 *
 * @param status      the HTTP status
 * @param contentType the media type with its charset
 * @param body        the bytes
 * @param headers     further headers (Location)
 */
public record SiteResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static SiteResponse html(int status, String html) {
        return new SiteResponse(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static SiteResponse redirect(String location) {
        return new SiteResponse(302, "text/plain; charset=UTF-8", new byte[0], Map.of("Location", location));
    }

    /** @return the body as UTF-8 text */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
