package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.testing.TestSite;

class DemoSiteTest {

    private static TestSite site;

    @BeforeAll
    static void installTheDemo() throws Exception {
        site = TestSite.start();
        site.runtime().get(DemoSite.class).install();
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void theExplorePageShowsAFilterACalendarAndEveryEventPastOnesIncluded() throws Exception {
        SiteResponse response = site.get("/explore");
        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Explore events");
        assertThat(page.select(".events-filter")).hasSize(1);
        assertThat(page.select("table")).hasSize(1);
        // the demo's events are of 2017, before the test clock's "now" for most of them
        assertThat(page.select(".events-list .events-teaser")).hasSize(10);
    }

    @Test
    void installingTwiceLeavesTheDemoAsItIs() throws Exception {
        byte[] before = site.get("/explore").body();
        site.runtime().get(DemoSite.class).install();
        assertThat(site.get("/explore").body()).isEqualTo(before);
    }
}
