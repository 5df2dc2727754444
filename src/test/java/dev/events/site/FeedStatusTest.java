package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;

import dev.events.testing.TestSite;

/**
 * A reader who sees only the RSS or Atom feed learns that an event is cancelled, postponed, rescheduled or moved
 * online: its title starts with the site's label for the status and its summary with the detail page's notice, in
 * the feed's language; a scheduled event's item is left as it is.
 */
class FeedStatusTest {

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

    @Test
    void itemsOfEventsThatChangedSayHowInTheirTitleAndFirstInTheirSummary() throws Exception {
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
    void scheduledEventsKeepTheirTitleAndSummary() throws Exception {
        Map<String, SyndEntry> items = items("/events.rss");
        assertThat(items).containsKeys("Strasbourg forum", "Hybrid seminar");
        assertThat(items.get("Hybrid seminar").getDescription().getValue()).doesNotContain("This event has been");
    }

    @Test
    void theFrenchFeedUsesTheFrenchLabelsAndNotices() throws Exception {
        Map<String, SyndEntry> items = items("/fr/events.atom");
        assertThat(items).containsKey("Annulé : Rock & roll </script><script>alert(1)</script>");
        assertThat(items.get("Annulé : Rock & roll </script><script>alert(1)</script>").getDescription().getValue())
                .startsWith("<p>Cet événement est annulé.</p>");
    }

    private static Map<String, SyndEntry> items(String path) throws Exception {
        return ListingFeedTest.parse(site.get(path)).getEntries().stream()
                .collect(Collectors.toMap(SyndEntry::getTitle, Function.identity()));
    }
}
