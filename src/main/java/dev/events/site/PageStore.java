package dev.events.site;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page cache's memory: answers by key, least recently used first out, within a budget of bytes and entries,
 * and a generation that {@link #clear()} moves on so that an answer rendered before a publication is not stored
 * after it. Thread-safe; every method holds the lock for a map operation only, never while rendering.
 */
final class PageStore {

    private final PageCache.Limits limits;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long generation;

    PageStore(PageCache.Limits limits) {
        this.limits = limits;
    }

    /** @return the answer kept for {@code key} if it holds at {@code now}; one that does not is dropped */
    synchronized Optional<CachedPage> fresh(String key, Instant now) {
        CachedPage page = pages.get(key);
        if (page == null || page.freshAt(now)) {
            return Optional.ofNullable(page);
        }
        remove(key);
        return Optional.empty();
    }

    /** @return the generation to give {@link #put} for an answer whose render starts now */
    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps an answer, then drops the least recently used ones past the budget. Nothing is kept when the store was
     * cleared since {@code renderedIn} was read, or when the answer alone is over a quarter of the byte budget
     * (one sitemap must not empty the cache).
     */
    synchronized void put(String key, CachedPage page, long renderedIn) {
        if (renderedIn != generation || page.size() > limits.maxBytes() / 4) {
            return;
        }
        remove(key);
        pages.put(key, page);
        bytes += page.size();
        Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
        while (bytes > limits.maxBytes() || pages.size() > limits.maxEntries()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    /** Forgets every answer and moves the generation on. */
    synchronized void clear() {
        generation++;
        pages.clear();
        bytes = 0;
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private void remove(String key) {
        CachedPage old = pages.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
    }
}
