package dev.events.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * One answer of the page cache and the time it holds for.
 *
 * @param response   the answer as rendered, without the cache's headers
 * @param etag       a strong entity tag: a digest of the body, so that two renders of the same bytes share it
 * @param renderedAt when its render started: the answer holds from then ...
 * @param validUntil ... until this instant, excluded (see {@link PageCache})
 * @param size       about the bytes it keeps in memory: body, key and a fixed overhead
 */
record CachedPage(SiteResponse response, String etag, Instant renderedAt, Instant validUntil, long size) {

    /** The longest {@code max-age} given to browsers and proxies, which a publication cannot reach. */
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final int OVERHEAD = 512;

    static CachedPage of(String key, SiteResponse response, Instant renderedAt, Instant validUntil) {
        return new CachedPage(response, etag(response.body()), renderedAt, validUntil,
                response.body().length + 2L * key.length() + OVERHEAD);
    }

    /** @return true when the answer is what rendering at {@code now} would give */
    boolean freshAt(Instant now) {
        return !now.isBefore(renderedAt) && now.isBefore(validUntil);
    }

    /** @return the answer with {@code Cache-Control} (never past {@link #validUntil}) and {@code ETag} */
    SiteResponse answer(Instant now) {
        long maxAge = validUntil.isAfter(now.plus(MAX_AGE)) ? MAX_AGE.getSeconds()
                : Math.max(0, Duration.between(now, validUntil).getSeconds());
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.put("Cache-Control", "public, max-age=" + maxAge);
        headers.put("ETag", etag);
        return new SiteResponse(response.status(), response.contentType(), response.body(), Map.copyOf(headers));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
