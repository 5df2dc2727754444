package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

import dev.events.delivery.ListingFeed;
import dev.events.publish.ImportService;
import dev.events.testing.SitemapRules;
import dev.events.testing.SitemapRules.Url;
import dev.events.testing.TestSite;

/**
 * What feeds and the sitemap hold beyond the seed: markup characters, the item cap, later changes, unpublished
 * events.
 */
class FeedContentTest {

    private static final int UPCOMING = ListingFeed.MAX_ITEMS + 5;
    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.start();
        site.runtime().get(ImportService.class).importEvents(upcomingEvents(), "generated", true, "test");
        site.clock().advance(Duration.ofDays(1));
        site.importEvents("/listing-feed/escaping.json", true);
        site.importEvents("/event-ics/unpublished.json", false);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void markupCharactersInTitlesAndTeasersStayText() throws Exception {
        String rss = site.get("/events.rss?category=escaping").text();
        assertThat(rss).contains("<title>Q&amp;A &lt;live&gt; &amp; \"more\"</title>")
                .contains("&lt;p&gt;Bring &amp;lt;b&amp;gt;your&amp;lt;/b&amp;gt; questions &amp;amp; ideas.&lt;/p&gt;");
        SyndEntry rssEntry = entry("/events.rss?category=escaping");
        SyndEntry atomEntry = entry("/events.atom?category=escaping");
        for (SyndEntry entry : List.of(rssEntry, atomEntry)) {
            assertThat(entry.getTitle()).isEqualTo("Q&A <live> & \"more\"");
            assertThat(entry.getDescription().getValue())
                    .isEqualTo("<p>20 October 2017, 6 p.m. - 7:30 p.m.<br>Paris, France</p>"
                            + "<p>Bring &lt;b&gt;your&lt;/b&gt; questions &amp; ideas.</p>");
        }
        assertThat(entry("/fr/events.atom?category=escaping").getTitle()).isEqualTo("Questions & réponses <en direct>");
    }

    @Test
    void aFeedHoldsAtMostFiftyItemsInTheListingsOrder() throws Exception {
        SyndFeed feed = ListingFeedTest.parse(site.get("/events.atom"));
        assertThat(feed.getEntries()).hasSize(ListingFeed.MAX_ITEMS);
        // the demo page lists the newest published first: the escaping event, then the generated ones in reverse
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .startsWith("Q&A <live> & \"more\"", "Upcoming " + UPCOMING, "Upcoming " + (UPCOMING - 1))
                .endsWith("Upcoming " + (UPCOMING - ListingFeed.MAX_ITEMS + 2));
        assertThat(ListingFeedTest.parse(site.get("/events.rss?category=generated")).getEntries())
                .hasSize(ListingFeed.MAX_ITEMS);
    }

    @Test
    void theLatestChangeOfAnEventDatesTheFeedAndTheEventsPageInTheSitemap() throws Exception {
        String changed = "2017-09-16T10:00:00Z";
        assertThat(ListingFeedTest.parse(site.get("/events.atom")).getPublishedDate().toInstant()).hasToString(changed);
        assertThat(site.get("/events.rss").text()).contains("<lastBuildDate>Sat, 16 Sep 2017 10:00:00 GMT</lastBuildDate>");
        List<Url> urls = SitemapRules.urlSet(site.get("/sitemap.xml").body(), "http://localhost:8080");
        assertThat(urls).hasSize(2 * (1 + UPCOMING + 1));
        assertThat(urls).filteredOn(url -> url.loc().endsWith("/events")).extracting(Url::lastmod)
                .containsExactly(changed, changed);
        assertThat(urls).filteredOn(url -> url.loc().endsWith("/events/upcoming-1")).extracting(Url::lastmod)
                .containsExactly("2017-09-15T10:00:00Z", "2017-09-15T10:00:00Z");
    }

    @Test
    void unpublishedEventsAreAbsent() throws Exception {
        for (String path : List.of("/events.rss", "/events.atom", "/events.rss?category=escaping", "/sitemap.xml")) {
            assertThat(site.get(path).text()).doesNotContain("Not yet public").doesNotContain("unpublished-ics-event");
        }
    }

    private static SyndEntry entry(String path) throws Exception {
        List<SyndEntry> entries = ListingFeedTest.parse(site.get(path)).getEntries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** Events 1 to {@value #UPCOMING}, each published a minute after the one before. */
    private static ByteArrayInputStream upcomingEvents() {
        StringBuilder json = new StringBuilder("{\"events\": [");
        for (int n = 1; n <= UPCOMING; n++) {
            json.append(n == 1 ? "" : ",").append(String.format(
                    "{\"name\": \"upcoming-%d\", \"title\": \"Upcoming %d\", \"startDate\": \"2018-01-%02d\","
                            + " \"allDay\": true, \"timeZone\": \"UTC\", \"categories\": [\"generated\"],"
                            + " \"published\": \"2017-06-01T00:%02d:00Z\"}",
                    n, n, 1 + n % 28, n));
        }
        return new ByteArrayInputStream(json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }
}
