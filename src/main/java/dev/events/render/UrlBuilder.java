package dev.events.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds an address with query parameters, every name and value percent-encoded as UTF-8 (RFC 3986: a space is
 * {@code %20}, never {@code +}, which {@code mailto:} links would show as a plus sign).
 */
final class UrlBuilder {

    private final StringBuilder url;
    private boolean first;

    /** @param base the address before the query, e.g. {@code https://x.com/intent/post} or {@code mailto:} */
    UrlBuilder(String base) {
        this.url = new StringBuilder(base);
        this.first = !base.contains("?");
    }

    /** Adds a parameter, however empty its value. */
    UrlBuilder add(String name, String value) {
        url.append(first ? '?' : '&').append(encode(name)).append('=').append(encode(value));
        first = false;
        return this;
    }

    /** Adds a parameter only when its value is neither null nor blank. */
    UrlBuilder addIfPresent(String name, String value) {
        return value == null || value.isBlank() ? this : add(name, value);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
