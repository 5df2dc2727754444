package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.content.EventLookup;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.publish.WorkflowService;
import dev.events.security.Role;
import dev.events.security.User;
import dev.events.testing.Closer;
import dev.events.testing.TestSite;

/**
 * One published event and three that must stay unseen: a draft whose publication is scheduled for tomorrow, a
 * pending edit of the live event (publication requested, not approved) and an event that was published and then
 * unpublished. No public page, feed, calendar, sitemap or API answer may show any of the three; the live event's
 * approved version proves that each output does show published content.
 */
class NothingLeaksTest {

    private static final Set<String> MARKERS = Set.of("DRAFTLEAK", "PENDINGLEAK", "WITHDRAWNLEAK",
            "draft-meeting", "withdrawn-talk");
    private static final User ERIC = new User("eric", Set.of(Role.EDITOR));
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static TestSite site;
    private static WebServer server;
    private static List<String> hiddenIds;

    @BeforeAll
    static void publishOneAndKeepThreeBack() throws Exception {
        site = TestSite.start();
        site.importEvents("/no-leak/events.json", false);
        Publisher publisher = site.runtime().get(Publisher.class);
        String live = id("live-congress");
        String withdrawn = id("withdrawn-talk");
        publisher.publish(Workspaces.EVENTS, List.of(live, withdrawn), "test");
        publisher.unpublish(Workspaces.EVENTS, withdrawn, "test");
        site.importEvents("/no-leak/pending-edit.json", false);
        WorkflowService workflow = site.runtime().get(WorkflowService.class);
        workflow.requestPublication("live-congress", "please", null, null, ERIC);
        workflow.requestPublication("draft-meeting", "tomorrow",
                site.clock().instant().plus(Duration.ofDays(1)), null, ERIC);
        hiddenIds = List.of(id("draft-meeting"), withdrawn);
        server = site.startWebServer();
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events", "/fr/events", "/events?sort=upcoming", "/events?sort=published",
            "/events/live-congress", "/fr/events/live-congress", "/events/live-congress.ics", "/events.ics",
            "/events.ics?from=2017-01-01&to=2018-12-31&category=congress", "/fr/events.ics",
            "/events.rss", "/events.atom", "/fr/events.rss", "/sitemap.xml",
            "/.rest/delivery/events?limit=100", "/.rest/delivery/events?q=congress",
            "/.rest/delivery/events?categories=congress&lang=fr", "/.rest/delivery/events/2017/live-congress"})
    void publicOutputsShowTheApprovedVersionOnly(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        // a sitemap lists addresses, not titles
        assertThat(response.body()).as(path).contains(path.startsWith("/sitemap") ? "/events/live-congress"
                : "Live congress");
        assertNoneHidden(path, response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events/draft-meeting", "/events/withdrawn-talk", "/fr/events/draft-meeting",
            "/events/draft-meeting.ics", "/events/withdrawn-talk.ics", "/.rest/delivery/events/2017/draft-meeting",
            "/.rest/delivery/events/2017/withdrawn-talk", "/.rest/delivery/events?q=DRAFTLEAK",
            "/.rest/delivery/events?q=WITHDRAWNLEAK", "/.rest/delivery/events?title=Draft%20meeting%20DRAFTLEAK"})
    void unpublishedEventsAreNotFound(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isIn(200, 404);
        if (response.statusCode() == 200) {
            assertThat(response.body()).as(path).contains("\"results\"");
        }
        // an error may repeat the address asked for (Magnolia's pathNotFound does); that tells nothing new
        String requested = path.replaceFirst("^/\\.rest/delivery/events", "").replaceFirst("\\?.*", "");
        assertNoneHidden(path, response.body().replace(requested, ""));
    }

    private static void assertNoneHidden(String path, String body) {
        for (String marker : MARKERS) {
            assertThat(body).as(path + " shows " + marker).doesNotContain(marker);
        }
        for (String id : hiddenIds) {
            assertThat(body).as(path + " shows a hidden identifier").doesNotContain(id);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String id(String name) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(events, name).orElseThrow().getIdentifier();
        } finally {
            events.logout();
        }
    }
}
