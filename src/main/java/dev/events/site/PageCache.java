package dev.events.site;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.content.EventCatalog;
import dev.events.render.Expiry;

/**
 * Keeps the public site's answers in memory until what they show changes: pages, detail pages, the iCalendar, RSS
 * and Atom feeds, the sitemap and robots.txt, all that {@link PublicSite#handle} answers. Only 200 answers are kept
 * (never 400, 404 or 500 pages, so made-up addresses cannot fill it); {@code /dam}, web resources, {@code /author}
 * and the delivery API do not come here. The key is the path with its language prefix and the query parameters in
 * a canonical order ({@link CacheKey}).
 * <p>
 * <b>Why a kept answer is right.</b> An answer depends on the request (its key), the public repository and the
 * time. The public repository changes only through {@code Publisher}, whose listener calls {@link #invalidate()}
 * after every publication and unpublication of any workspace (events, pages, assets): everything is forgotten, and
 * a render that started before is not stored ({@link PageStore}'s generation). Anything else that writes the
 * public repository must tell the publisher's listeners too: in a public cluster, the publications of the other
 * nodes arrive through the journal and are told by {@code ExternalChanges}. The time enters in two ways:
 * <ol>
 * <li>Whether an event is upcoming, ongoing or past ({@code CatalogEntry.ongoingAt}, {@code notEndedAt}), which
 * decides listings, their sort orders and filters, teasers, calendars' scopes and the feeds' order. It changes
 * only at an event's start or end, so every answer holds at most until the next start or end of any published
 * event ({@link CatalogTransitions}). This applies to every answer, a detail page too: a conservative rule that no
 * component can forget, which costs one render per page and transition.</li>
 * <li>"Today" in some zone: an event calendar's marked day and default month change at midnight in the
 * calendar's zone, the default window of {@code /events.ics} at midnight UTC. The parts that read it record that
 * midnight in the request's {@link Expiry} while the page renders.</li>
 * </ol>
 * So an answer holds from the instant read just before its render ({@code renderedAt}: every time the render reads
 * is later, so an event starting during the render makes the answer expire at once) until {@code validUntil}, the
 * earliest of both, excluded; a clock set back before {@code renderedAt} renders again. The iCalendar
 * {@code DTSTAMP} and a feed's date without a page date say when the document was made, not what it shows: a
 * kept answer keeps the time of its render.
 * <p>
 * <b>HTTP.</b> A kept answer carries a strong {@code ETag} and {@code Cache-Control: public, no-cache}
 * ({@link CachedPage#CACHE_CONTROL}): browsers and proxies ask again each time, and {@link NotModified} answers 304
 * to a matching {@code If-None-Match}, so that they too see a publication at once.
 * <p>
 * <b>Bounds and threads.</b> At most {@link Limits#maxBytes()} bytes and {@link Limits#maxEntries()} answers,
 * the least recently used dropped first. Thread-safe; no lock is held while rendering. Concurrent misses for one
 * key render once: the others wait for that render and take its answer if it is still fresh. Switched off
 * ({@code serve --no-page-cache}), every request renders and no cache header is added.
 */
final class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    /**
     * @param maxBytes   the bytes the kept answers may take, about
     * @param maxEntries the answers kept at most; 0 switches the cache off
     */
    record Limits(long maxBytes, int maxEntries) {

        static final Limits DEFAULT = new Limits(64L << 20, 10_000);
        static final Limits OFF = new Limits(0, 0);
    }

    /**
     * An answer rendered without the cache.
     *
     * @param validUntil what the render recorded in its {@link Expiry}
     */
    record Rendered(SiteResponse response, Instant validUntil) {
    }

    private final Clock clock;
    private final CatalogTransitions transitions;
    private final PageStore store;
    private final boolean on;
    private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong renders = new AtomicLong();

    PageCache(Clock clock, EventCatalog catalog, Limits limits) {
        this.clock = clock;
        this.transitions = new CatalogTransitions(catalog);
        this.store = new PageStore(limits);
        this.on = limits.maxEntries() > 0;
    }

    /** @return the kept answer for the request if it holds now, else what {@code renderer} renders */
    SiteResponse answer(SiteRequest request, Function<SiteRequest, Rendered> renderer) {
        if (!on) {
            return render(renderer, request).response();
        }
        String key = CacheKey.of(request);
        Instant now = clock.instant();
        Optional<CachedPage> kept = store.fresh(key, now);
        if (kept.isPresent()) {
            return kept.get().answer();
        }
        long generation = store.generation();
        String flight = generation + " " + key;
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> first = rendering.putIfAbsent(flight, mine);
        if (first != null) {
            return waited(first.join(), request, renderer);
        }
        try {
            return renderAndKeep(key, request, renderer, generation, mine);
        } finally {
            mine.complete(null); // when the render failed; does nothing after a completion
            rendering.remove(flight, mine);
        }
    }

    /** Forgets every kept answer; a render under way is not kept. Called after each publication. */
    void invalidate() {
        store.clear();
    }

    /** @return how many times the cache had the site render an answer */
    long renders() {
        return renders.get();
    }

    /** @return how many answers are kept */
    int size() {
        return store.size();
    }

    /** @return about how many bytes the kept answers take */
    long bytes() {
        return store.bytes();
    }

    /** Renders, keeps a 200 answer unless a publication came meanwhile, and tells the requests waiting for it. */
    private SiteResponse renderAndKeep(String key, SiteRequest request, Function<SiteRequest, Rendered> renderer,
            long generation, CompletableFuture<CachedPage> waiting) {
        Instant renderedAt = clock.instant();
        Rendered rendered = render(renderer, request);
        CachedPage page = keepable(key, rendered, renderedAt);
        waiting.complete(page);
        if (page == null) {
            return rendered.response();
        }
        store.put(key, page, generation);
        Instant now = clock.instant();
        // an event that started during the render: this request still gets the answer, nobody after it
        return page.freshAt(now) ? page.answer() : rendered.response();
    }

    /** @return the answer another thread rendered for the same key, if kept and still fresh; else a render */
    private SiteResponse waited(CachedPage page, SiteRequest request, Function<SiteRequest, Rendered> renderer) {
        Instant now = clock.instant();
        return page != null && page.freshAt(now) ? page.answer() : render(renderer, request).response();
    }

    private Rendered render(Function<SiteRequest, Rendered> renderer, SiteRequest request) {
        renders.incrementAndGet();
        return renderer.apply(request);
    }

    /** @return the answer to keep, with the time it holds until; null for an answer that is not kept */
    private CachedPage keepable(String key, Rendered rendered, Instant renderedAt) {
        if (rendered.response().status() != 200) {
            return null;
        }
        try {
            Instant next = transitions.nextAfter(renderedAt);
            Instant until = next.isBefore(rendered.validUntil()) ? next : rendered.validUntil();
            return CachedPage.of(key, rendered.response(), renderedAt, until);
        } catch (RepositoryException e) {
            log.warn("Not keeping {}: cannot read the event catalog", key, e);
            return null;
        }
    }
}
