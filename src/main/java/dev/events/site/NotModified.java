package dev.events.site;

/**
 * Conditional requests: a 200 answer whose {@code ETag} is among the request's {@code If-None-Match} tags (or
 * {@code *}) becomes a 304 without body, keeping its headers (RFC 9110 §13.1.2, weak comparison: a {@code W/}
 * prefix is ignored).
 */
final class NotModified {

    private NotModified() {
    }

    /** @param ifNoneMatch the request's {@code If-None-Match} header, or null */
    static SiteResponse check(String ifNoneMatch, SiteResponse answer) {
        String etag = answer.headers().get("ETag");
        if (ifNoneMatch == null || etag == null || answer.status() != 200 || !matches(ifNoneMatch, opaque(etag))) {
            return answer;
        }
        return new SiteResponse(304, answer.contentType(), new byte[0], answer.headers());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || opaque(candidate).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
