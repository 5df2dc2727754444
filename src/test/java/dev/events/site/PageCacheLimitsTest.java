package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.events.config.SiteSettings;
import dev.events.content.EventCatalog;
import dev.events.content.Workspaces;
import dev.events.testing.TestSite;

/**
 * The page cache switched off ({@code serve --no-page-cache}), the bounds of a cache in memory and concurrent
 * misses, with the real site rendering.
 */
class PageCacheLimitsTest {

    private static TestSite site;
    private static PublicSite publicSite;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(SiteSettings.DEFAULTS.withPageCache(false));
        publicSite = site.runtime().get(PublicSite.class);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void withThePageCacheOffEveryRequestRenders() throws Exception {
        assertThat(pageTitle(site.get("/events"))).isEqualTo("Events");
        setPublicPageTitle("Rendered again");
        try {
            SiteResponse page = site.get("/events");
            assertThat(pageTitle(page)).isEqualTo("Rendered again");
            assertThat(page.headers()).doesNotContainKeys("Cache-Control", "ETag");
        } finally {
            setPublicPageTitle("Events");
        }
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesWhenTheEntriesAreCounted() throws Exception {
        PageCache cache = cache(new PageCache.Limits(64L << 20, 2));
        ask(cache, "/events?n=1");
        ask(cache, "/events?n=2");
        ask(cache, "/events?n=1"); // now n=2 is the least recently used
        long renders = cache.renders();
        ask(cache, "/events?n=3");
        assertThat(cache.size()).isEqualTo(2);
        ask(cache, "/events?n=1");
        ask(cache, "/events?n=3");
        assertThat(cache.renders()).as("n=1 and n=3 kept").isEqualTo(renders + 1);
        ask(cache, "/events?n=2");
        assertThat(cache.renders()).as("n=2 dropped").isEqualTo(renders + 2);
    }

    @Test
    void theKeptAnswersStayWithinTheByteBudget() throws Exception {
        PageCache probe = cache(new PageCache.Limits(64L << 20, 100));
        ask(probe, "/events?n=1");
        long one = probe.bytes();
        long budget = 4 * one + one / 2;
        PageCache cache = cache(new PageCache.Limits(budget, 100));
        for (int n = 1; n <= 8; n++) {
            ask(cache, "/events?n=" + n);
            assertThat(cache.bytes()).isLessThanOrEqualTo(budget);
        }
        assertThat(cache.size()).isEqualTo(4);
        long renders = cache.renders();
        ask(cache, "/events?n=8");
        ask(cache, "/events?n=1");
        assertThat(cache.renders()).as("n=8 kept, n=1 dropped").isEqualTo(renders + 1);
    }

    @Test
    void anAnswerOverAQuarterOfTheBudgetIsNotKept() throws Exception {
        PageCache probe = cache(new PageCache.Limits(64L << 20, 100));
        ask(probe, "/events");
        PageCache cache = cache(new PageCache.Limits(probe.bytes() * 3, 100));
        ask(cache, "/events");
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    @Timeout(60)
    void concurrentMissesForOneAddressRenderOnce() throws Exception {
        PageCache cache = cache(new PageCache.Limits(64L << 20, 100));
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<SiteRequest, PageCache.Rendered> slowFirst = request -> {
            if (rendering.getCount() > 0) {
                rendering.countDown();
                awaitUninterruptibly(release);
            }
            return publicSite.render(request);
        };
        List<SiteResponse> answers = new CopyOnWriteArrayList<>();
        Thread first = new Thread(() -> answers.add(cache.answer(SiteRequest.parse("/events"), slowFirst)));
        first.start();
        rendering.await();
        Thread second = new Thread(() -> answers.add(cache.answer(SiteRequest.parse("/events"), slowFirst)));
        second.start();
        while (second.getState() != Thread.State.WAITING && second.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait(); // the second request waits for the first render, or renders itself
        }
        release.countDown();
        first.join();
        second.join();
        assertThat(cache.renders()).isEqualTo(1);
        assertThat(answers).hasSize(2).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(answers.get(0).text()).isEqualTo(answers.get(1).text());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A cache of its own around the site's renders, which are real; no publication happens in these tests. */
    private static PageCache cache(PageCache.Limits limits) throws Exception {
        return new PageCache(site.clock(), site.runtime().get(EventCatalog.class), limits);
    }

    private static void ask(PageCache cache, String path) {
        assertThat(cache.answer(SiteRequest.parse(path), publicSite::render).status()).isEqualTo(200);
    }

    private static String pageTitle(SiteResponse page) {
        return Jsoup.parse(page.text()).select("h1").text();
    }

    /** Writes the public page directly, as no publication does: only a render shows it. */
    private static void setPublicPageTitle(String title) throws Exception {
        Session website = site.repositories().published().login(Workspaces.WEBSITE);
        try {
            Node page = website.getNode("/events");
            page.setProperty("title", title);
            website.save();
        } finally {
            website.logout();
        }
    }
}
