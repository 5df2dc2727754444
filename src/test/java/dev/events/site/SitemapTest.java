package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.config.SiteSettings;
import dev.events.content.EventCatalog;
import dev.events.content.Workspaces;
import dev.events.delivery.Sitemap;
import dev.events.testing.Golden;
import dev.events.testing.SitemapRules;
import dev.events.testing.SitemapRules.Url;
import dev.events.testing.TestSite;

/** {@code /sitemap.xml} and {@code /robots.txt} of the seed site. */
class SitemapTest {

    private static final String BASE = "http://localhost:8080";
    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-ics/unpublished.json", false);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void theSitemapMatchesTheGoldenFile() throws Exception {
        SiteResponse response = site.get("/sitemap.xml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/xml; charset=UTF-8");
        Golden.assertMatches("sitemap/sitemap.xml", response.text());
    }

    @Test
    void theSitemapFollowsTheProtocolAndGooglesHreflangRules() throws Exception {
        List<Url> urls = SitemapRules.urlSet(site.get("/sitemap.xml").body(), BASE);
        SitemapRules.assertReciprocalAlternates(urls);
        // the events page and the ten published events, in English and French
        assertThat(urls).hasSize(22);
        assertThat(urls.get(0)).isEqualTo(new Url(BASE + "/events", "2017-09-15T10:00:00Z",
                Map.of("en", BASE + "/events", "fr", BASE + "/fr/events", "x-default", BASE + "/events")));
        assertThat(urls).extracting(Url::loc).contains(BASE + "/events/experts-visit-to-hamamatsu",
                BASE + "/fr/events/experts-visit-to-hamamatsu");
    }

    @Test
    void everyListedAddressIsAPageOfTheSite() throws Exception {
        for (Url url : SitemapRules.urlSet(site.get("/sitemap.xml").body(), BASE)) {
            SiteResponse page = site.get(url.loc().substring(BASE.length()));
            assertThat(page.status()).as(url.loc()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
        }
    }

    @Test
    void unpublishedEventsAreAbsent() throws Exception {
        assertThat(site.get("/sitemap.xml").text()).doesNotContain("unpublished-ics-event");
    }

    @Test
    void robotsTxtNamesTheSitemap() throws Exception {
        SiteResponse robots = site.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(robots.text()).isEqualTo("User-agent: *\nDisallow: /author/\n\nSitemap: " + BASE + "/sitemap.xml\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sitemap-1.xml", "/sitemap-0.xml", "/fr/sitemap.xml", "/fr/robots.txt",
        "/events/sitemap.xml"})
    void withoutAnIndexThereAreNoParts(String path) throws Exception {
        assertThat(site.get(path).status()).isEqualTo(404);
    }

    @Test
    void aboveItsLimitTheSitemapIsAnIndexOfParts() throws Exception {
        Sitemap sitemap = sitemapOfAtMost(5);
        List<String> parts = SitemapRules.index(sitemap.file("/sitemap.xml").orElseThrow(), BASE);
        // 22 addresses, 5 a part
        assertThat(parts).containsExactly(BASE + "/sitemap-1.xml", BASE + "/sitemap-2.xml", BASE + "/sitemap-3.xml",
                BASE + "/sitemap-4.xml", BASE + "/sitemap-5.xml");
        List<Url> all = SitemapRules.urlSet(site.get("/sitemap.xml").body(), BASE);
        List<Url> joined = new java.util.ArrayList<>();
        for (String part : parts) {
            List<Url> urls = SitemapRules.urlSet(sitemap.file(part.substring(BASE.length())).orElseThrow(), BASE);
            assertThat(urls).hasSizeBetween(1, 5);
            joined.addAll(urls);
        }
        assertThat(joined).isEqualTo(all);
        assertThat(sitemap.file("/sitemap-6.xml")).isEmpty();
        assertThat(sitemap.file("/sitemap-0.xml")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"21, 2", "22, 1", "11, 2", "2, 11"})
    void theIndexHasAsManyPartsAsTheLimitNeeds(int limit, int parts) throws Exception {
        Sitemap sitemap = sitemapOfAtMost(limit);
        byte[] file = sitemap.file("/sitemap.xml").orElseThrow();
        if (parts == 1) {
            assertThat(SitemapRules.urlSet(file, BASE)).hasSize(22);
        } else {
            assertThat(SitemapRules.index(file, BASE)).hasSize(parts);
            assertThat(SitemapRules.urlSet(sitemap.file("/sitemap-" + parts + ".xml").orElseThrow(), BASE))
                    .hasSize(22 - (parts - 1) * limit);
        }
    }

    private static Sitemap sitemapOfAtMost(int urls) throws Exception {
        dev.events.content.EmbeddedRepository published = site.repositories().published();
        return new Sitemap(() -> published.loginReadOnly(Workspaces.WEBSITE),
                site.runtime().get(EventCatalog.class), site.runtime().get(SiteSettings.class),
                PublicSite.EVENTS_PAGE_TEMPLATE, urls);
    }
}
