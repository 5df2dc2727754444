package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/** The RSS and Atom feeds of the events page, {@code /events.rss} and {@code /events.atom}, on the seed site. */
class ListingFeedTest {

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

    @ParameterizedTest
    @CsvSource({"/events.rss, listing-feed/events.rss", "/events.atom, listing-feed/events.atom",
        "/fr/events.atom, listing-feed/events-fr.atom"})
    void feedsMatchTheGoldenFiles(String path, String golden) throws Exception {
        // node identifiers are random on each import: the golden files have a placeholder for them
        Golden.assertMatches(golden,
                site.get(path).text().replaceAll("urn:uuid:[0-9a-f-]{36}", "urn:uuid:<identifier>"));
    }

    @ParameterizedTest
    @CsvSource({"/events.rss, application/rss+xml; charset=UTF-8, rss_2.0",
        "/events.atom, application/atom+xml; charset=UTF-8, atom_1.0",
        "/fr/events.rss, application/rss+xml; charset=UTF-8, rss_2.0",
        "/fr/events.atom, application/atom+xml; charset=UTF-8, atom_1.0"})
    void everyFeedIsServedWithItsTypeAndParsedBackByRome(String path, String contentType, String feedType)
            throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(contentType);
        SyndFeed feed = parse(response);
        assertThat(feed.getFeedType()).isEqualTo(feedType);
        assertThat(feed.getEntries()).hasSize(10);
        assertThat(alternate(feed)).isEqualTo("http://localhost:8080" + path.substring(0, path.lastIndexOf('.')));
    }

    @Test
    void itemsFollowTheListingsOrderWithAbsoluteLinksAndStableIds() throws Exception {
        // the demo page's event list shows the newest published first
        SyndFeed rss = parse(site.get("/events.rss"));
        SyndFeed atom = parse(site.get("/events.atom"));
        SyndEntry first = rss.getEntries().get(0);
        assertThat(first.getTitle()).isEqualTo("Expert’s visit to Hamamatsu");
        assertThat(first.getLink()).isEqualTo("http://localhost:8080/events/experts-visit-to-hamamatsu");
        assertThat(first.getUri()).matches("urn:uuid:[0-9a-f-]{36}").isEqualTo(atom.getEntries().get(0).getUri());
        assertThat(first.getPublishedDate().toInstant()).hasToString("2017-09-12T07:00:00Z");
        assertThat(first.getCategories()).extracting(SyndCategory::getName).containsExactly("expert-visit");
        assertThat(first.getDescription().getValue()).contains("5-6 October 2017<br>Hamamatsu, Japan</p><p>On 5-6");
        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle).last()
                .isEqualTo("Side Event: “Urban policies for the inclusive integration of migrants”");
        assertThat(atom.getEntries().get(0).getUpdatedDate().toInstant()).hasToString("2017-09-15T10:00:00Z");
    }

    @Test
    void frenchFeedsLinkToFrenchPagesInFrench() throws Exception {
        SyndFeed atom = parse(site.get("/fr/events.atom"));
        assertThat(atom.getTitle()).isEqualTo("Événements");
        // Rome does not read xml:lang
        assertThat(site.get("/fr/events.atom").text()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">");
        assertThat(atom.getEntries().get(0).getLink())
                .isEqualTo("http://localhost:8080/fr/events/experts-visit-to-hamamatsu");
        assertThat(parse(site.get("/fr/events.rss")).getLanguage()).isEqualTo("fr");
    }

    @Test
    void feedsNameTheirOwnAddress() throws Exception {
        assertThat(site.get("/events.rss?category=side-event").text()).contains(
                "<atom:link href=\"http://localhost:8080/events.rss?category=side-event\" rel=\"self\" "
                        + "type=\"application/rss+xml\" />");
        assertThat(site.get("/fr/events.atom").text()).contains(
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost:8080/fr/events.atom\" />");
    }

    @Test
    void aCategoryGivesExactlyItsEvents() throws Exception {
        assertThat(titles("/events.rss?category=side-event")).containsExactly(
                "Intercultural Cities Side event at PACE Summer Session",
                "Side Event: “Urban policies for the inclusive integration of migrants”");
        assertThat(titles("/events.atom?category=side")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/events.rss?category=a%20b, category", "/events.atom?category=%3Cx%3E, category",
        "'/events.rss?category=side-event&category=workshop', category"})
    void badParametersAnswerTheBadRequestPage(String path, String parameter) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.text()).contains(parameter);
    }

    @ParameterizedTest
    @CsvSource({"/events/experts-visit-to-hamamatsu.rss", "/events/experts-visit-to-hamamatsu.atom",
        "/nothing.rss", "/fr/nothing.atom", "/events.rss/x"})
    void onlyEventsPagesHaveFeeds(String path) throws Exception {
        assertThat(site.get(path).status()).isEqualTo(404);
    }

    @Test
    void unpublishedEventsAreAbsent() throws Exception {
        assertThat(site.get("/events.rss").text()).doesNotContain("Not yet public").doesNotContain("unpublished");
        assertThat(site.get("/events.atom").text()).doesNotContain("Not yet public").doesNotContain("unpublished");
    }

    @Test
    void theEventsPageLinksItsFeedsInItsHeadAndFooter() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.get("/fr/events").text());
        assertThat(page.select("head link[rel=alternate][type=application/rss+xml]").attr("href"))
                .isEqualTo("/fr/events.rss");
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/fr/events.atom");
        assertThat(page.select(".events-list__feeds a").eachAttr("href"))
                .containsExactly("/fr/events.rss", "/fr/events.atom", "/fr/events.ics");
        assertThat(page.select(".events-list__feeds a").eachText()).contains("S’abonner (iCal)");
    }

    /** @return the feed's link to its HTML page (Rome's {@code getLink()} of an Atom feed is its self link) */
    private static String alternate(SyndFeed feed) {
        return feed.getLinks().isEmpty() ? feed.getLink() : feed.getLinks().stream()
                .filter(link -> "alternate".equals(link.getRel())).findFirst().orElseThrow().getHref();
    }

    static List<String> titles(String path) throws Exception {
        return parse(site.get(path)).getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    static SyndFeed parse(SiteResponse response) throws Exception {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
    }
}
