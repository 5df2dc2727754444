package dev.events.delivery;

import java.time.Instant;

/**
 * One public page of the sitemap, in every language.
 *
 * @param path         its path without language prefix, e.g. {@code /events/experts-visit-to-hamamatsu}
 * @param lastModified its last change, or null when unknown (the sitemap then has no {@code lastmod})
 */
record SitemapPage(String path, Instant lastModified) {

    /** @return the later of two changes, either of which may be null */
    static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
