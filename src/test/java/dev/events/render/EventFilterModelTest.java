package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.site.SiteResponse;
import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/**
 * The event-filter component and the event-list it drives on the same page: facets, counts, the URL contract,
 * full text, the empty result and the robots flag, over the seed events and a three-month exhibition.
 */
class EventFilterModelTest {

    private static TestSite site;

    @BeforeAll
    static void installSearchPage() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-filter/events.json", true);
        site.importEvents("/event-filter/draft.json", false);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @BeforeEach
    void resetPage() throws Exception {
        site.installPage("/event-filter/page.yaml");
    }

    @Test
    void theMonthArchiveCountsAnEventInEachMonthItTouchesLatestFirst() throws Exception {
        assertThat(facet(page("/search"), "Month")).containsExactly("January 2018 (1)", "December 2017 (1)",
                "November 2017 (2)", "October 2017 (2)", "July 2017 (1)", "June 2017 (5)", "May 2017 (1)");
    }

    @Test
    void aCategoryNarrowsTheListAndIsMarkedAsChosen() throws Exception {
        Document page = page("/search?category=side-event");
        assertThat(listed(page)).containsExactlyInAnyOrder("icc-side-event-pace-summer-session",
                "side-event-urban-policies-inclusive-integration");
        Element chosen = page.select(".events-filter__value-link[aria-current=true]").first();
        assertThat(chosen.ownText()).isEqualTo("Side event");
        assertThat(chosen.attr("href")).isEqualTo("/search");
    }

    @Test
    void aFacetCountsWithTheOtherFiltersButNotItsOwn() throws Exception {
        Document page = page("/search?category=side-event");
        assertThat(facet(page, "Category")).contains("Side event (2)", "Expert visit (1)", "Exhibition (1)");
        assertThat(facet(page, "Month")).containsExactly("June 2017 (2)");
        assertThat(page.select(".events-filter__status").text()).startsWith("2 events match");
    }

    @Test
    void filtersCombineWithAnd() throws Exception {
        assertThat(listed(page("/search?place=FR&month=2017-06"))).containsExactlyInAnyOrder(
                "icc-side-event-pace-summer-session", "side-event-urban-policies-inclusive-integration");
        assertThat(listed(page("/search?place=FR&month=2017-10"))).containsExactly(
                "study-visit-prevention-of-radicalisation");
        assertThat(listed(page("/search?place=FR&month=2017-10&category=side-event"))).isEmpty();
    }

    @Test
    void aChosenCountryListsItsCitiesAndAChosenCityIsFoundInAnyCase() throws Exception {
        Document country = page("/search?place=FR");
        assertThat(facet(country, "Place")).startsWith("France (4)", "Strasbourg (3)", "Lyon (1)");
        assertThat(country.select(".events-filter__value-link:containsOwn(Strasbourg)").attr("href"))
                .isEqualTo("/search?place=Strasbourg");
        Document city = page("/search?place=strasbourg");
        assertThat(listed(city)).containsExactlyInAnyOrder("icc-side-event-pace-summer-session",
                "side-event-urban-policies-inclusive-integration", "autumn-to-winter-exhibition");
        assertThat(city.select(".events-filter__value-link[aria-current=true]").first().ownText())
                .isEqualTo("Strasbourg");
    }

    @Test
    void fullTextFindsPublishedEventsByTheirWordsInEveryLanguage() throws Exception {
        assertThat(listed(page("/search?q=Hamamatsu"))).containsExactly("experts-visit-to-hamamatsu");
        assertThat(listed(page("/fr/search?q=diversit%C3%A9"))).containsExactly("autumn-to-winter-exhibition");
        assertThat(listed(page("/search?q=radicalisation+Lyon"))).containsExactly(
                "study-visit-prevention-of-radicalisation");
    }

    @Test
    void fullTextOperatorsAndPunctuationAreJustWords() throws Exception {
        assertThat(page("/search?q=Hamamatsu+OR+Lyon").select(".events-list__empty")).isNotEmpty();
        assertThat(listed(page("/search?q=%22Hamamatsu%22%29%5D"))).containsExactly("experts-visit-to-hamamatsu");
    }

    @Test
    void theSearchFormSendsTheOtherFiltersAgain() throws Exception {
        Document page = page("/search?category=side-event&q=summer&sort=past");
        Element form = page.select("form.events-filter__search").first();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[name=q]").val()).isEqualTo("summer");
        assertThat(form.select("input[type=hidden]")).extracting(e -> e.attr("name") + "=" + e.val())
                .containsExactly("category=side-event", "sort=past");
        assertThat(form.select("label").attr("for")).isEqualTo(form.select("input[name=q]").attr("id"));
    }

    @Test
    void anEmptyResultSaysSoAndOffersToClearTheFilters() throws Exception {
        Document page = page("/search?category=expert-visit&place=FR");
        assertThat(page.select(".events-filter__status").text())
                .isEqualTo("No events match these filters. Clear all filters");
        assertThat(page.select(".events-filter__clear").attr("href")).isEqualTo("/search");
        assertThat(page.select(".events-list__empty").text()).isEqualTo("No events match these filters.");
    }

    @Test
    void unpublishedEventsAreNeitherCountedNorListed() throws Exception {
        Document page = page("/search?category=side-event&q=Hamamatsu");
        assertThat(listed(page)).isEmpty();
        assertThat(facet(page("/search?place=Strasbourg"), "Category")).contains("Side event (2)");
        assertThat(page("/search").text()).doesNotContain("Draft side event");
    }

    @Test
    void theDayParameterListsTheEventsOfThatDay() throws Exception {
        assertThat(listed(page("/search?day=2017-06-28"))).containsExactlyInAnyOrder(
                "icc-side-event-pace-summer-session", "side-event-urban-policies-inclusive-integration");
        assertThat(listed(page("/search?day=2017-12-25"))).containsExactly("autumn-to-winter-exhibition");
    }

    @Test
    void facetLinksDropThePageAndTheDayAndKeepTheRest() throws Exception {
        site.configureComponent("/search/main/00", Map.of("maxItems", 1));
        Document page = page("/search?category=side-event&page=2&day=2017-06-28");
        assertThat(page.select(".events-filter__value-link:containsOwn(June 2017)").attr("href"))
                .isEqualTo("/search?category=side-event&month=2017-06");
        Document listed = page("/search?category=side-event");
        assertThat(listed.select("a[rel=next]").attr("href")).isEqualTo("/search?category=side-event&page=2");
    }

    @Test
    void filteredPagesAskSearchEnginesNotToIndexThem() throws Exception {
        assertThat(page("/search").select("meta[name=robots]")).isEmpty();
        assertThat(page("/search?page=1").select("meta[name=robots]")).isEmpty();
        assertThat(page("/search?category=workshop").select("meta[name=robots]").attr("content"))
                .isEqualTo("noindex,follow");
        assertThat(page("/events?q=intercultural").select("meta[name=robots]").attr("content"))
                .isEqualTo("noindex,follow");
    }

    @ParameterizedTest
    @CsvSource({"month, 2017-13", "month, 17-06", "day, 2017-02-30", "day, yesterday", "category, a%01b",
        "q, a%0Ab"})
    void badParametersAnswer400NamingTheParameter(String parameter, String value) throws Exception {
        SiteResponse response = site.get("/search?" + parameter + "=" + value);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Invalid parameter &#39;" + parameter + "&#39;");
    }

    @Test
    void overlongTextsAnswer400() throws Exception {
        assertThat(site.get("/search?q=" + "a".repeat(201)).status()).isEqualTo(400);
        assertThat(site.get("/search?place=" + "a".repeat(101)).status()).isEqualTo(400);
        assertThat(site.get("/search?q=" + "a".repeat(200)).status()).isEqualTo(200);
    }

    @Test
    void unfilteredFilterMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("event-filter/golden-unfiltered.html", filterSection("/search"));
    }

    @Test
    void filteredFrenchFilterMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("event-filter/golden-filtered-fr.html",
                filterSection("/fr/search?place=FR&category=side-event"));
    }

    @Test
    void emptyResultMatchesTheGoldenFile() throws Exception {
        Document page = page("/search?category=expert-visit&place=FR");
        Golden.assertMatches("event-filter/golden-empty.html",
                page.select("section.events-filter").outerHtml() + "\n" + page.select("section.events-list").outerHtml()
                        + "\n");
    }

    private static Document page(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    private static String filterSection(String path) throws Exception {
        return page(path).select("section.events-filter").outerHtml() + "\n";
    }

    /** @return "Label (count)" of each value of a facet, nested values after their parent */
    private static List<String> facet(Document page, String heading) {
        return page.select(".events-filter__facet:has(h3:containsOwn(" + heading + ")) .events-filter__value-link")
                .stream().map(a -> a.ownText() + " " + a.select(".events-filter__count").text()).toList();
    }

    private static List<String> listed(Document page) {
        return page.select("section.events-list a.events-teaser__more").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
    }
}
