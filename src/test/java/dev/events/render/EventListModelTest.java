package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.site.SiteResponse;
import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/**
 * The event-list component: its orders, paging, teaser length, selection (categories, place, ongoing, past),
 * images, the visitor's filters and markup, over real repositories.
 */
class EventListModelTest {

    private static final Instant NOW = Instant.parse("2030-03-15T12:00:00Z");
    private static final String IMAGE_ID = "8a1b2c3d-0000-4000-8000-00000000a001";
    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.start();
        site.importEvents("/event-list/events.json", true);
        site.importEvents("/event-list/draft.json", false);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @BeforeEach
    void resetListAndClock() throws Exception {
        site.clock().set(NOW);
        site.configureEventList(Map.of("sortOrder", "upcoming-first", "maxItems", 10, "teaserLength", 300,
                "categories", List.of(), "place", "", "includeOngoing", true, "includePast", true, "showImages", false,
                "paging", true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "upcoming-first | ongoing-conference, tokyo-day, spring-seminar, evening-lecture, los-angeles-day, past-workshop, past-winter-meeting",
        "upcoming       | ongoing-conference, tokyo-day, spring-seminar, evening-lecture",
        "past           | los-angeles-day, past-workshop, past-winter-meeting",
        "published      | los-angeles-day, tokyo-day, spring-seminar, past-workshop, ongoing-conference, evening-lecture, past-winter-meeting"})
    void componentSortOrderDecidesTheOrder(String sortOrder, String expected) throws Exception {
        site.configureEventList(Map.of("sortOrder", sortOrder));
        assertThat(names(site.get("/events"))).containsExactly(expected.split(", "));
    }

    @Test
    void sortParameterOverridesTheComponentOrder() throws Exception {
        site.configureEventList(Map.of("sortOrder", "published"));
        assertThat(names(site.get("/events?sort=past")))
                .containsExactly("los-angeles-day", "past-workshop", "past-winter-meeting");
    }

    @Test
    void anEventIsOngoingUntilTheEndOfItsLastDayInItsOwnZone() throws Exception {
        assertThat(names(site.get("/events?sort=upcoming"))).contains("tokyo-day");
        site.clock().set(Instant.parse("2030-03-15T15:00:00Z"));
        assertThat(names(site.get("/events?sort=upcoming"))).doesNotContain("tokyo-day");
        assertThat(names(site.get("/events?sort=past")).get(0)).isEqualTo("tokyo-day");
    }

    @Test
    void upcomingEventsMoveToPastAsTheClockPasses() throws Exception {
        site.clock().advance(Duration.ofDays(30));
        assertThat(names(site.get("/events?sort=upcoming"))).isEmpty();
        assertThat(Jsoup.parse(site.get("/events?sort=upcoming").text()).select(".events-list__empty").text())
                .isEqualTo("There are no events to show.");
    }

    @Test
    void maxItemsPagesTheListWithLinksThatKeepTheSortParameter() throws Exception {
        site.configureEventList(Map.of("maxItems", 2));
        Document second = Jsoup.parse(site.get("/events?sort=upcoming-first&page=2").text());
        assertThat(second.select(".events-teaser__title").eachText()).containsExactly("Spring seminar", "Evening lecture");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/events?sort=upcoming-first");
        assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("/events?sort=upcoming-first&page=3");
        assertThat(second.select(".events-pager__status").text()).isEqualTo("Page 2 of 4");
        assertThat(names(site.get("/events?page=4"))).containsExactly("past-winter-meeting");
        assertThat(site.get("/events?page=5").status()).isEqualTo(404);
    }

    @Test
    void teaserLengthCutsLongTeasersAtAWordBoundary() throws Exception {
        site.configureEventList(Map.of("teaserLength", 60));
        String teaser = teaserOf("ongoing-conference");
        assertThat(teaser).isEqualTo("This conference runs from the fourteenth to the sixteenth...");
        assertThat(teaser.length()).isLessThanOrEqualTo(60);
    }

    @Test
    void shortTeasersAreShownWhole() throws Exception {
        site.configureEventList(Map.of("teaserLength", 60));
        assertThat(teaserOf("tokyo-day")).isEqualTo("Ends at midnight Tokyo time.");
    }

    @ParameterizedTest
    @CsvSource({"page, abc", "page, 0", "page, -1", "sort, newest", "page, 99999999999"})
    void badParametersAnswer400NamingTheParameter(String parameter, String value) throws Exception {
        SiteResponse response = site.get("/events?" + parameter + "=" + value);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Invalid parameter &#39;" + parameter + "&#39;");
    }

    @Test
    void listMarkupMatchesTheGoldenFile() throws Exception {
        site.configureEventList(Map.of("maxItems", 3));
        String list = Jsoup.parse(site.get("/events?page=2").text()).select("section.events-list").outerHtml();
        Golden.assertMatches("event-list/golden-upcoming-first-page-2.html", list + "\n");
    }

    @Test
    void frenchListUsesTranslationsAndFallsBackToTheDefaultLanguage() throws Exception {
        Document french = Jsoup.parse(site.get("/fr/events?sort=upcoming").text());
        assertThat(french.select(".events-teaser__title").eachText()).contains("Conférence du soir", "Spring seminar");
        assertThat(french.select(".events-teaser__link").eachText()).containsExactly("S’inscrire >>");
        assertThat(french.select(".events-teaser__date").eachText()).contains("1er avril 2030, 18 h - 19 h 30");
    }

    @Test
    void categoriesKeepEventsWithAnyOfThem() throws Exception {
        site.configureEventList(Map.of("categories", List.of("conference", "seminar")));
        assertThat(names(site.get("/events"))).containsExactly("ongoing-conference", "spring-seminar");
    }

    @Test
    void placeIsACityOrACountryCodeInAnyCase() throws Exception {
        site.configureEventList(Map.of("place", "fr"));
        assertThat(names(site.get("/events"))).containsExactly("ongoing-conference", "evening-lecture");
        site.configureEventList(Map.of("place", "OSLO"));
        assertThat(names(site.get("/events"))).containsExactly("spring-seminar");
    }

    @Test
    void withoutOngoingEventsThoseThatHaveStartedAreLeftOut() throws Exception {
        site.configureEventList(Map.of("includeOngoing", false));
        assertThat(names(site.get("/events"))).containsExactly("spring-seminar", "evening-lecture",
                "los-angeles-day", "past-workshop", "past-winter-meeting");
    }

    @Test
    void withoutPastEventsThoseThatAreOverAreLeftOut() throws Exception {
        site.configureEventList(Map.of("includePast", false));
        assertThat(names(site.get("/events"))).containsExactly("ongoing-conference", "tokyo-day", "spring-seminar",
                "evening-lecture");
    }

    @Test
    void withoutPagingTheListShowsItsFirstEventsOnly() throws Exception {
        site.configureEventList(Map.of("maxItems", 2, "paging", false));
        Document list = Jsoup.parse(site.get("/events").text());
        assertThat(list.select("a.events-teaser__more")).hasSize(2);
        assertThat(list.select(".events-pager")).isEmpty();
        assertThat(site.get("/events?page=2").status()).isEqualTo(404);
    }

    @Test
    void imagesShowOnlyWhenTheComponentSaysSo() throws Exception {
        setImage("spring-seminar", "jcr:" + IMAGE_ID);
        try {
            assertThat(Jsoup.parse(site.get("/events").text()).select(".events-list__image")).isEmpty();
            site.configureEventList(Map.of("showImages", true));
            Document list = Jsoup.parse(site.get("/events").text());
            assertThat(list.select("img.events-list__image")).hasSize(1);
            assertThat(list.select("img.events-list__image").attr("src")).isEqualTo("/dam/jcr:" + IMAGE_ID);
            assertThat(list.select("img.events-list__image").attr("alt")).isEmpty();
        } finally {
            setImage("spring-seminar", null);
        }
    }

    @Test
    void visitorFiltersNarrowTheComponentsOwnSelection() throws Exception {
        site.configureEventList(Map.of("categories", List.of("lecture", "conference")));
        assertThat(names(site.get("/events?place=Strasbourg"))).containsExactly("ongoing-conference",
                "evening-lecture");
        assertThat(names(site.get("/events?place=Strasbourg&category=lecture"))).containsExactly("evening-lecture");
        assertThat(names(site.get("/events?month=2030-04"))).containsExactly("evening-lecture");
        assertThat(names(site.get("/events?day=2030-03-16"))).containsExactly("ongoing-conference");
        assertThat(names(site.get("/events?q=evening"))).containsExactly("evening-lecture");
    }

    @Test
    void unpublishedEventsAreNeverListed() throws Exception {
        assertThat(names(site.get("/events?category=lecture&place=Strasbourg&q=lecture")))
                .containsExactly("evening-lecture");
        assertThat(site.get("/events?sort=upcoming").text()).doesNotContain("Draft lecture");
    }

    @Test
    void aFilteredEmptyListSaysThatNothingMatches() throws Exception {
        Document list = Jsoup.parse(site.get("/events?category=none-such").text());
        assertThat(list.select(".events-list__empty").text()).isEqualTo("No events match these filters.");
        assertThat(Jsoup.parse(site.get("/fr/events?category=none-such").text()).select(".events-list__empty")
                .text()).isEqualTo("Aucun événement ne correspond à ces filtres.");
    }

    @Test
    void filteredListWithImagesMatchesTheGoldenFile() throws Exception {
        setImage("ongoing-conference", "jcr:" + IMAGE_ID);
        try {
            site.configureEventList(Map.of("showImages", true, "maxItems", 1));
            String list = Jsoup.parse(site.get("/events?place=Strasbourg").text()).select("section.events-list")
                    .outerHtml();
            Golden.assertMatches("event-list/golden-filtered-with-images.html", list + "\n");
        } finally {
            setImage("ongoing-conference", null);
        }
    }

    /** Sets or removes an event's image on author and republishes it, as the editor and a publication would. */
    private static void setImage(String name, String itemKey) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, name).orElseThrow();
            event.setProperty(EventProperties.IMAGE, itemKey);
            events.save();
            site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, List.of(event.getIdentifier()), "test");
        } finally {
            events.logout();
        }
    }

    private static List<String> names(SiteResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text()).select("a.events-teaser__more").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
    }

    private static String teaserOf(String name) throws Exception {
        return Jsoup.parse(site.get("/events").text()).select("a.events-teaser__more[href$=/" + name + "]")
                .parents().select("article").first().select(".events-teaser__text").text();
    }
}
