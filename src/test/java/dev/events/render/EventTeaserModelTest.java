package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.content.EventLookup;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.site.SiteResponse;
import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/** The event-teaser component: a chosen event or the next of a category, and what it shows when none is published. */
class EventTeaserModelTest {

    private static final String CHOSEN = "/teasers/main/0";
    private static TestSite site;

    @BeforeAll
    static void installTeasers() throws Exception {
        site = TestSite.start();
        site.importEvents("/event-teaser/events.json", true);
        site.importEvents("/event-teaser/draft.json", false);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @BeforeEach
    void resetPageAndClock() throws Exception {
        site.clock().set(TestSite.REFERENCE_NOW.toInstant());
        site.installPage("/event-teaser/page.yaml");
    }

    @Test
    void aChosenPublishedEventIsShownByItsIdentifier() throws Exception {
        site.configureComponent(CHOSEN, Map.of("event", idOf("october-workshop")));
        Elements teaser = section("Do not miss");
        assertThat(teaser.select("article .events-teaser__title").eachText()).containsExactly("October workshop");
        assertThat(teaser.select("a.events-teaser__more").attr("href")).isEqualTo("/events/october-workshop");
        assertThat(teaser.select("a.events-teaser__more").attr("aria-label"))
                .isEqualTo("Read more about October workshop");
    }

    @Test
    void aChosenEventMayBeGivenByItsPath() throws Exception {
        site.configureComponent(CHOSEN, Map.of("event", "/2017/winter-lecture"));
        assertThat(section("Do not miss").select(".events-teaser__title").eachText())
                .containsExactly("Winter lecture");
    }

    @Test
    void aChosenEventThatWasNeverPublishedCountsAsNothing() throws Exception {
        site.configureComponent(CHOSEN, Map.of("event", idOf("draft-workshop")));
        assertThat(section("Do not miss")).isEmpty();
        site.configureComponent(CHOSEN, Map.of("emptyText", "Nothing to highlight."));
        assertThat(section("Do not miss").select(".events-featured__empty").text())
                .isEqualTo("Nothing to highlight.");
    }

    @Test
    void aChosenEventDisappearsWhenItIsUnpublished() throws Exception {
        String id = idOf("november-workshop");
        site.configureComponent(CHOSEN, Map.of("event", id));
        assertThat(section("Do not miss").select("article")).hasSize(1);
        site.runtime().get(Publisher.class).unpublish(Workspaces.EVENTS, id, "test");
        try {
            assertThat(section("Do not miss")).isEmpty();
        } finally {
            site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, java.util.List.of(id), "test");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-identifier", "00000000-0000-0000-0000-000000000000", "/no/such/event", "/"})
    void aChosenEventThatDoesNotExistHidesTheTeaser(String reference) throws Exception {
        site.configureComponent(CHOSEN, Map.of("event", reference));
        SiteResponse response = site.get("/teasers");
        assertThat(response.status()).isEqualTo(200);
        assertThat(section("Do not miss")).isEmpty();
    }

    @Test
    void withoutAChosenEventOrCategoryTheNextEventIsShown() throws Exception {
        assertThat(section("Do not miss").select(".events-teaser__title").eachText())
                .containsExactly("Ongoing workshop");
    }

    @Test
    void withoutAChosenEventTheNextOfTheCategoryAreShownOngoingFirst() throws Exception {
        // past-workshop is over; draft-workshop (20 September) is not published
        assertThat(section("Next workshops").select(".events-teaser__title").eachText())
                .containsExactly("Ongoing workshop", "October workshop");
    }

    @Test
    void theNextEventsFollowTheClock() throws Exception {
        site.clock().set(Instant.parse("2017-11-01T00:00:00Z"));
        assertThat(section("Next workshops").select(".events-teaser__title").eachText())
                .containsExactly("November workshop");
        site.clock().set(Instant.parse("2017-11-08T00:00:00Z"));
        assertThat(section("Next workshops")).isEmpty();
    }

    @Test
    void whenNothingMatchesTheConfiguredTextIsShownInTheRequestsLanguage() throws Exception {
        assertThat(section("Next exhibition").select(".events-featured__empty").text())
                .isEqualTo("No exhibition is planned at the moment.");
        assertThat(Jsoup.parse(site.get("/fr/teasers").text()).select(".events-featured__empty").text())
                .isEqualTo("Aucune exposition n’est prévue pour le moment.");
    }

    @Test
    void whenNothingMatchesAndThereIsNoTextTheTeaserRendersNothing() throws Exception {
        Document page = Jsoup.parse(site.get("/teasers").text());
        assertThat(page.select("h2").eachText()).containsExactly("Do not miss", "Next workshops", "Next exhibition");
        assertThat(page.select(".events-featured__placeholder")).isEmpty();
    }

    @Test
    void chosenEventMatchesTheGoldenFile() throws Exception {
        site.configureComponent(CHOSEN, Map.of("event", idOf("winter-lecture")));
        Golden.assertMatches("event-teaser/golden-chosen.html", section("Do not miss").outerHtml() + "\n");
    }

    @Test
    void nextOfCategoryInFrenchMatchesTheGoldenFile() throws Exception {
        Elements next = Jsoup.parse(site.get("/fr/teasers").text())
                .select("section.events-featured:has(h2:containsOwn(Next workshops))");
        Golden.assertMatches("event-teaser/golden-next-of-category-fr.html", next.outerHtml() + "\n");
    }

    @Test
    void emptyTextMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("event-teaser/golden-empty-text.html", section("Next exhibition").outerHtml() + "\n");
    }

    private static Elements section(String title) throws Exception {
        SiteResponse response = site.get("/teasers");
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text()).select("section.events-featured:has(h2:containsOwn(" + title + "))");
    }

    private static String idOf(String name) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(events, name).orElseThrow().getIdentifier();
        } finally {
            events.logout();
        }
    }
}
