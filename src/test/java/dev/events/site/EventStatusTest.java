package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rometools.rome.feed.synd.SyndEntry;

import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/**
 * An event's status on the site: a banner on its page, a badge in listings, its label and notice first in RSS and
 * Atom items (a reader who sees only the feed must not travel to a cancelled event); nothing while it is scheduled.
 */
class EventStatusTest {

    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.start();
        site.importEvents("/event-detail/structured-data.json", true);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/events/cancelled-concert      | cancelled   | Cancelled This event has been cancelled.",
        "/events/postponed-workshop     | postponed   | Postponed This event has been postponed; a new date will be announced. Previously planned for 1 April 2030",
        "/events/online-summit          | rescheduled | Rescheduled This event has been rescheduled to the date below. Previously planned for 2 March 2030, 10 p.m.",
        "/events/moved-online-lecture   | movedOnline | Moved online This event will now take place online only. Join online",
        "/fr/events/online-summit       | rescheduled | Reprogrammé Cet événement a été reprogrammé à la date ci-dessous. Initialement prévu le 2 mars 2030, 22 h",
        "/fr/events/cancelled-concert   | cancelled   | Annulé Cet événement est annulé."})
    void detailPagesShowABannerForEveryStatusButScheduled(String path, String status, String text) throws Exception {
        Element banner = page(path).selectFirst(".events-detail__status");
        assertThat(banner).isNotNull();
        assertThat(banner.attr("role")).isEqualTo("status");
        assertThat(banner.classNames()).contains("events-detail__status--" + status);
        assertThat(banner.text()).isEqualTo(text);
    }

    @Test
    void theBannerOfAMovedOnlineEventLinksToWhereItIsFollowed() throws Exception {
        Document page = page("/events/moved-online-lecture");
        assertThat(page.select(".events-detail__status a").attr("href")).isEqualTo("https://meet.example.org/lecture");
        assertThat(page.select(".events-detail__online")).as("no second link").isEmpty();
    }

    @Test
    void scheduledEventsShowNoStatus() throws Exception {
        for (String path : new String[] {"/events/hamamatsu-congress", "/events/hybrid-seminar"}) {
            assertThat(page(path).select(".events-detail__status, .events-teaser__status")).as(path).isEmpty();
        }
    }

    @Test
    void onlineAndHybridEventsThatTakePlaceOfferTheirOnlineAddress() throws Exception {
        assertThat(page("/events/hybrid-seminar").select(".events-detail__online").text())
                .isEqualTo("Also online Join online");
        assertThat(page("/fr/events/online-summit").select(".events-detail__online").text())
                .isEqualTo("Événement en ligne Participer en ligne");
        assertThat(page("/events/online-summit").select(".events-detail__online-link").attr("href"))
                .isEqualTo("https://meet.example.org/summit");
        assertThat(page("/events/hamamatsu-congress").select(".events-detail__online")).isEmpty();
    }

    @Test
    void listingsShowABadgeOnEventsThatAreNotScheduled() throws Exception {
        assertThat(badges("/events")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Lecture, now online", "Moved online", "Online summit", "Rescheduled",
                "Postponed workshop", "Postponed", "Rock & roll </script><script>alert(1)</script>", "Cancelled"));
        assertThat(badges("/fr/events")).containsEntry("Online summit", "Reprogrammé")
                .containsEntry("Postponed workshop", "Reporté").containsEntry("Lecture, now online", "Passé en ligne")
                .hasSize(4);
        assertThat(page("/events").select(".events-teaser__status--cancelled")).hasSize(1);
    }

    @Test
    void aPageWithStatusBannerOnlineAddressCalendarAndShareLinksMatchesTheGoldenFile() throws Exception {
        String article = page("/events/online-summit").select("article").outerHtml();
        Golden.assertMatches("event-detail/golden-online-summit.html", article + "\n");
    }

    @Test
    void feedItemsOfEventsThatChangedSayHowInTheirTitleAndFirstInTheirSummary() throws Exception {
        for (String feed : new String[] {"/events.rss", "/events.atom"}) {
            Map<String, SyndEntry> items = items(feed);
            assertThat(items).containsKeys("Cancelled: Rock & roll </script><script>alert(1)</script>",
                    "Postponed: Postponed workshop", "Rescheduled: Online summit", "Moved online: Lecture, now online");
            assertThat(items.get("Postponed: Postponed workshop").getDescription().getValue())
                    .startsWith("<p>This event has been postponed; a new date will be announced.</p><p>");
            assertThat(items.get("Cancelled: Rock & roll </script><script>alert(1)</script>").getDescription()
                    .getValue()).startsWith("<p>This event has been cancelled.</p><p>");
        }
    }

    @Test
    void feedItemsOfScheduledEventsKeepTheirTitleAndSummary() throws Exception {
        Map<String, SyndEntry> items = items("/events.rss");
        assertThat(items).containsKeys("Strasbourg forum", "Hybrid seminar");
        assertThat(items.get("Hybrid seminar").getDescription().getValue()).doesNotContain("This event has been");
    }

    @Test
    void theFrenchFeedUsesTheFrenchLabelsAndNotices() throws Exception {
        Map<String, SyndEntry> items = items("/fr/events.atom");
        assertThat(items.get("Annulé : Rock & roll </script><script>alert(1)</script>").getDescription().getValue())
                .startsWith("<p>Cet événement est annulé.</p>");
    }

    /** @return the status badge of each teaser that has one, by title */
    private static Map<String, String> badges(String path) throws Exception {
        return page(path).select("article.events-teaser:has(.events-teaser__status)").stream().collect(
                Collectors.toMap(a -> a.select(".events-teaser__title").text(),
                        a -> a.select(".events-teaser__status").text()));
    }

    private static Map<String, SyndEntry> items(String path) throws Exception {
        return ListingFeedTest.parse(site.get(path)).getEntries().stream()
                .collect(Collectors.toMap(SyndEntry::getTitle, Function.identity()));
    }

    private static Document page(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text());
    }
}
