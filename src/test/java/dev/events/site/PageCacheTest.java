package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.testing.TestSite;

/**
 * The public site's page cache, through the site as wired: answers are kept until a publication or until time
 * changes them (an event starts or ends, midnight in a calendar's zone or in UTC for the iCalendar feed), and
 * never longer. The seed events are the ten of 2017; none starts or ends between July and 4 October 2017. The
 * events page lists them upcoming first: ongoing and upcoming ones by start, then past ones, latest first.
 */
class PageCacheTest {

    private static final String HAMAMATSU = "experts-visit-to-hamamatsu";
    /** 5 October 2017, 00:00 in Tokyo, the event's zone. */
    private static final Instant HAMAMATSU_STARTS = Instant.parse("2017-10-04T15:00:00Z");
    /** The end of 6 October 2017 in Tokyo. */
    private static final Instant HAMAMATSU_ENDS = Instant.parse("2017-10-06T15:00:00Z");
    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        site.installPage("/page-cache/calendar.yaml");
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @BeforeEach
    void resetListAndClock() throws Exception {
        site.clock().set(TestSite.REFERENCE_NOW.toInstant());
        site.configureEventList(Map.of("sortOrder", "upcoming-first", "includeOngoing", true, "title", ""));
    }

    @Test
    void aKeptListingChangesWhenAnEventStartsWithoutAnyPublication() throws Exception {
        site.configureEventList(Map.of("includeOngoing", false));
        site.clock().set(HAMAMATSU_STARTS.minusSeconds(1));
        assertThat(names("/events")).startsWith(HAMAMATSU);
        assertKept("/events");

        site.clock().set(HAMAMATSU_STARTS);
        assertThat(names("/events")).doesNotContain(HAMAMATSU).startsWith("study-visit-prevention-of-radicalisation");
    }

    @Test
    void aKeptListingChangesWhenAnEventEndsAndIsKeptInBetween() throws Exception {
        site.clock().set(HAMAMATSU_STARTS);
        assertThat(names("/events")).startsWith(HAMAMATSU);
        site.clock().set(HAMAMATSU_ENDS.minusMillis(1));
        assertKept("/events"); // two days later: no event started or ended meanwhile
        assertThat(names("/events")).startsWith(HAMAMATSU);

        site.clock().set(HAMAMATSU_ENDS);
        assertThat(names("/events")).startsWith("study-visit-prevention-of-radicalisation",
                "icc-2017-milestone-event", HAMAMATSU);
        assertThat(names("/events?sort=upcoming")).doesNotContain(HAMAMATSU);
    }

    @Test
    void aClockSetBackRendersAgain() throws Exception {
        site.clock().set(HAMAMATSU_ENDS);
        assertThat(names("/events").indexOf(HAMAMATSU)).isEqualTo(2);
        site.clock().set(TestSite.REFERENCE_NOW.toInstant());
        assertThat(names("/events").indexOf(HAMAMATSU)).isZero();
    }

    @Test
    void aCalendarsTodayMovesAtMidnightInItsZone() throws Exception {
        site.clock().set(Instant.parse("2017-09-16T03:59:59Z")); // still the 15th in New York
        assertThat(today("/ny-calendar")).isEqualTo("2017-09-15");
        assertKept("/ny-calendar");

        site.clock().set(Instant.parse("2017-09-16T04:00:00Z"));
        assertThat(today("/ny-calendar")).isEqualTo("2017-09-16");
    }

    @Test
    void theCalendarFeedsWindowMovesAtMidnightUtc() throws Exception {
        // without from, the feed starts 90 days before today in UTC: 20 June, then 21 June
        site.clock().set(Instant.parse("2017-09-18T23:59:59Z"));
        assertThat(unfolded("/events.ics")).contains("/events/world-refugee-day-2017");
        assertKept("/events.ics");

        site.clock().set(Instant.parse("2017-09-19T00:00:00Z"));
        assertThat(unfolded("/events.ics")).doesNotContain("/events/world-refugee-day-2017");
    }

    @Test
    void aPublicationAndAnUnpublicationShowAtOnce() throws Exception {
        assertThat(names("/events")).doesNotContain("late-addition");
        assertThat(names("/events?sort=upcoming")).doesNotContain("late-addition");
        assertThat(site.get("/events/late-addition").status()).isEqualTo(404);

        String id = site.importEvents("/page-cache/late-addition.json", true).get(0);
        assertThat(names("/events")).contains("late-addition");
        assertThat(site.get("/events/late-addition").status()).isEqualTo(200);
        assertKept("/events/late-addition");

        site.runtime().get(Publisher.class).unpublish(Workspaces.EVENTS, id, "test");
        assertThat(names("/events")).doesNotContain("late-addition");
        assertThat(names("/events?sort=upcoming")).doesNotContain("late-addition");
        assertThat(site.get("/events/late-addition").status()).isEqualTo(404);
    }

    @Test
    void aRepublishedPageEditShowsAtOnce() throws Exception {
        assertThat(listTitle("/events")).isEmpty();
        assertKept("/events");
        site.configureEventList(Map.of("title", "Coming up"));
        assertThat(listTitle("/events")).isEqualTo("Coming up");
    }

    @Test
    void aChangeOfThePublicRepositoryWithoutPublicationIsNotSeenUntilOne() throws Exception {
        String detail = "/events/icc-strategy-development-vinnytsa";
        assertThat(site.get(detail).text()).contains("ICC Strategy development in Vinnytsa");
        setPublicTitle("icc-strategy-development-vinnytsa", "Changed under the cache");
        try {
            assertThat(site.get(detail).text()).doesNotContain("Changed under the cache");
            site.configureEventList(Map.of("title", "")); // any publication
            assertThat(site.get(detail).text()).contains("Changed under the cache");
        } finally {
            setPublicTitle("icc-strategy-development-vinnytsa", "ICC Strategy development in Vinnytsa, ICC-Ukraine");
            site.configureEventList(Map.of("title", ""));
        }
    }

    @Test
    void languagesAndParametersAreSeparateEntries() throws Exception {
        assertThat(Jsoup.parse(site.get("/events").text()).select("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(site.get("/fr/events").text()).select("html").attr("lang")).isEqualTo("fr");
        assertThat(names("/events?sort=upcoming")).hasSize(3);
        assertThat(names("/events?sort=past")).hasSize(7).doesNotContain(HAMAMATSU);

        long renders = renders();
        assertThat(names("/events?sort=upcoming&category=study-visit"))
                .containsExactly("study-visit-prevention-of-radicalisation");
        assertThat(names("/events?category=study-visit&sort=upcoming"))
                .containsExactly("study-visit-prevention-of-radicalisation");
        assertThat(renders()).as("parameters in another order are the same entry").isEqualTo(renders + 1);
    }

    @Test
    void errorAnswersAreNeverKept() throws Exception {
        for (String path : List.of("/events/no-such-event", "/events?sort=sideways", "/no-such-page")) {
            int status = site.get(path).status();
            assertThat(status).isIn(400, 404);
            long renders = renders();
            SiteResponse again = site.get(path);
            assertThat(again.status()).isEqualTo(status);
            assertThat(again.headers()).doesNotContainKeys("Cache-Control", "ETag");
            assertThat(renders()).as(path + " rendered again").isEqualTo(renders + 1);
        }
    }

    @Test
    void keptAnswersCarryAnEntityTagOfTheirBytesAndAreRevalidatedByBrowsers() throws Exception {
        SiteResponse first = site.get("/events");
        assertThat(first.headers()).containsEntry("Cache-Control", "public, no-cache");
        assertThat(first.headers().get("ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(site.get("/events").headers()).containsEntry("ETag", first.headers().get("ETag"));
        assertThat(site.get("/fr/events").headers().get("ETag")).isNotEqualTo(first.headers().get("ETag"));

        site.configureEventList(Map.of("title", "Coming up"));
        assertThat(site.get("/events").headers().get("ETag")).isNotEqualTo(first.headers().get("ETag"));
    }

    @Test
    void aMatchingIfNoneMatchIsAnswered304OverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (WebServer server = site.startWebServer()) {
            URI events = URI.create("http://localhost:" + server.port() + "/events");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(events).build(), BodyHandlers.ofString());
            String etag = page.headers().firstValue("ETag").orElseThrow();
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, no-cache");

            HttpResponse<String> same = http.send(HttpRequest.newBuilder(events)
                    .header("If-None-Match", "\"other\", " + etag).build(), BodyHandlers.ofString());
            assertThat(same.statusCode()).isEqualTo(304);
            assertThat(same.body()).isEmpty();
            assertThat(same.headers().firstValue("ETag")).hasValue(etag);

            HttpResponse<String> other = http.send(HttpRequest.newBuilder(events)
                    .header("If-None-Match", "\"other\"").build(), BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(page.body());
        }
    }

    /** Asks twice: the second answer comes from the cache, with no render. */
    private static void assertKept(String path) throws Exception {
        String first = site.get(path).text();
        long renders = renders();
        assertThat(site.get(path).text()).isEqualTo(first);
        assertThat(renders()).as("%s answered from the cache", path).isEqualTo(renders);
    }

    private static long renders() throws Exception {
        return site.runtime().get(PublicSite.class).cache().renders();
    }

    private static List<String> names(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text()).select("a.events-teaser__more").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
    }

    private static String today(String path) throws Exception {
        return Jsoup.parse(site.get(path).text()).select("td[aria-current=date] time").attr("datetime");
    }

    private static String listTitle(String path) throws Exception {
        return Jsoup.parse(site.get(path).text()).select(".events-list__title").text();
    }

    private static String unfolded(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        return response.text().replace("\r\n ", "");
    }

    /** Writes the public copy directly, as no publication does: only a render shows it. */
    private static void setPublicTitle(String name, String title) throws Exception {
        Session events = site.repositories().published().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, name).orElseThrow();
            event.setProperty(EventProperties.TITLE, title);
            events.save();
        } finally {
            events.logout();
        }
    }
}
