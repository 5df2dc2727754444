package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.testing.Golden;
import dev.events.testing.TestSite;
import dev.events.testing.VisibleText;

/** The event-detail page and the 404 page, in both languages. */
class EventDetailTest {

    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-detail/events.json", true);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void detailShowsTitleSubtitleDateLocationTeaserLinksCategoriesAndBackLink() throws Exception {
        Document page = Jsoup.parse(site.get("/events/icc-2017-milestone-event").text());
        assertThat(page.title()).isEqualTo("Urban policies for inclusive integration and diversity advantage");
        assertThat(VisibleText.of(page.html())).isEqualTo("Urban policies for inclusive integration and diversity "
                + "advantage Join the Intercultural Cities 2017 Milestone Event 28-29 November 2017 Lisbon, Portugal "
                + "Engage in a debate with Mayors about the most innovative and successful approaches to managing "
                + "urban cultural diversity and the intercultural approach to social integration across Europe and "
                + "worldwide. Help design solutions to urban challenges in dialogue with diverse residents... "
                + "Draft agenda >> milestone-event Add to calendar Google Calendar Outlook.com Calendar file (.ics) "
                + "Share X Facebook LinkedIn E-mail All events");
        assertThat(page.select("a.events-detail__back-link").attr("href")).isEqualTo("/events");
    }

    @Test
    void detailMarkupMatchesTheGoldenFile() throws Exception {
        String article = Jsoup.parse(site.get("/fr/events/rich-text-event").text()).select("article").outerHtml();
        Golden.assertMatches("event-detail/golden-rich-text-event-fr.html", article + "\n");
    }

    @Test
    void richTextIsSanitizedWhenSaved() throws Exception {
        Document page = Jsoup.parse(site.get("/events/rich-text-event").text());
        assertThat(page.select(".events-detail__body strong").text()).isEqualTo("Bring your badge");
        // the one script is the page's own JSON-LD, a data block
        assertThat(page.select("script:not([type=application/ld+json]), [onclick], [onerror]")).isEmpty();
        assertThat(page.select(".events-detail__body a").attr("href")).isEqualTo("https://example.org/map");
        assertThat(page.html()).doesNotContain("javascript:").doesNotContain("alert(");
    }

    @ParameterizedTest(name = "server zone {0}")
    @ValueSource(strings = {"Pacific/Kiritimati", "America/Los_Angeles", "UTC"})
    void timedDateLinesAreInTheEventsOwnZoneWhateverTheServerZone(String zone) throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            assertThat(dateLine("/events/icc-side-event-pace-summer-session")).isEqualTo("28 June 2017, 1 p.m.");
            assertThat(dateLine("/fr/events/rich-text-event")).isEqualTo("1er juillet 2018, 13 h 30 - 15 h");
            assertThat(dateLine("/events/rich-text-event")).isEqualTo("1 July 2018, 1:30 p.m. - 3 p.m.");
            assertThat(dateLine("/events/experts-visit-to-hamamatsu")).isEqualTo("5-6 October 2017");
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void dateOnlyEventsWithoutAllDayAreAllDay() throws Exception {
        assertThat(dateLine("/events/date-only-event")).isEqualTo("9 October 2017");
    }

    @Test
    void anEventInTheHourClocksGoBackShowsItsWallTimes() throws Exception {
        assertThat(dateLine("/events/clocks-back")).isEqualTo("29 October 2017, 2:30 a.m. - 2:10 a.m.");
        assertThat(site.get("/events?sort=past").status()).isEqualTo(200);
    }

    @Test
    void eventsLinkToDetailPagesBelowTheEventsPageThatListsThem() throws Exception {
        addEventsPage("agenda");
        Document agenda = Jsoup.parse(site.get("/fr/agenda").text());
        assertThat(agenda.select("a.events-teaser__more").eachAttr("href")).isNotEmpty()
                .allMatch(href -> href.startsWith("/fr/agenda/"));
        Document detail = Jsoup.parse(site.get("/fr/agenda/experts-visit-to-hamamatsu").text());
        assertThat(detail.select("a.events-detail__back-link").attr("href")).isEqualTo("/fr/agenda");
    }

    @ParameterizedTest
    @CsvSource({"/events/no-such-event, Page not found", "/fr/events/no-such-event, Page introuvable",
        "/events/2017, Page not found", "/nothing/here, Page not found", "/events/..%2Fwebsite, Page not found",
        "/events/Experts-Visit-To-Hamamatsu, Page not found"})
    void unknownAddressesAnswerA404Page(String path, String heading) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(404);
        assertThat(Jsoup.parse(response.text()).select("h1").text()).isEqualTo(heading);
        assertThat(response.text()).contains("noindex");
    }

    /** Creates and publishes a second events page, as an integrator would. */
    private static void addEventsPage(String name) throws Exception {
        Session website = site.repositories().author().login(Workspaces.WEBSITE);
        try {
            Node page = website.getRootNode().addNode(name, NodeTypes.PAGE);
            page.setProperty(NodeTypes.TEMPLATE, PublicSite.EVENTS_PAGE_TEMPLATE);
            page.setProperty("title", "Agenda");
            Node list = page.addNode("main", NodeTypes.AREA).addNode("0", NodeTypes.COMPONENT);
            list.setProperty(NodeTypes.TEMPLATE, "events:components/event-list");
            website.save();
            site.runtime().get(Publisher.class).publish(Workspaces.WEBSITE, List.of(page.getIdentifier()), "test");
        } finally {
            website.logout();
        }
    }

    private static String dateLine(String path) throws Exception {
        return Jsoup.parse(site.get(path).text()).select(".events-detail__date").text();
    }
}
