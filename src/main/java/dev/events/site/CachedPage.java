package dev.events.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /**
     * Browsers and proxies may store the answer but must ask again before each use, with the entity tag: a
     * publication shows at once to them too, and an unchanged page costs a 304 answered from memory. A
     * {@code max-age} would spare that request but show a publisher the old page for that long after approving.
     */
    static final String CACHE_CONTROL = "public, no-cache";
    private static final int OVERHEAD = 512;

    static CachedPage of(String key, SiteResponse response, Instant renderedAt, Instant validUntil) {
        return new CachedPage(response, etag(response.body()), renderedAt, validUntil,
                response.body().length + 2L * key.length() + OVERHEAD);
    }

    /** @return true when the answer is what rendering at {@code now} would give */
    boolean freshAt(Instant now) {
        return !now.isBefore(renderedAt) && now.isBefore(validUntil);
    }

    /** @return the answer with {@code Cache-Control} ({@value #CACHE_CONTROL}) and {@code ETag} */
    SiteResponse answer() {
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.put("Cache-Control", CACHE_CONTROL);
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
