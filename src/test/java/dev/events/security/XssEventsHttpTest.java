package dev.events.security;

import static dev.events.testing.OutputSafety.assertFeedSafe;
import static dev.events.testing.OutputSafety.assertHtmlSafe;
import static dev.events.testing.OutputSafety.assertIcsWellFormed;
import static dev.events.testing.OutputSafety.assertJsonSafe;
import static dev.events.testing.OutputSafety.assertSitemapSafe;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.events.content.EventLookup;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RepositoryFingerprint;
import dev.events.testing.TestSite;
import dev.events.testing.XssCorpus;

/**
 * The XSS corpus ({@code security/xss-payloads.txt}) goes, over HTTP, into every text and rich-text field of the
 * event editor in both languages (title, subtitle, location, venue, room, city, teaser, body, organizer, link
 * labels, categories), taking the corpus in turn so that every payload reaches every field, into an import file
 * with the same fields, and into the comments of publication requests; the events are then published and every
 * output is parsed: public pages, listings, filters, detail pages, feeds, calendars, the sitemap, the delivery
 * JSON and the author's own pages. None may carry a script, event handler or script address from input; the
 * titles must show as text. Hostile addresses ({@code security/xss-urls.txt}) are refused in every URL field
 * with 422, and nothing is written.
 */
class XssEventsHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Set<String> AUTHOR_SCRIPTS = Set.of("/author/static/tinymce/tinymce.min.js",
            "/author/static/editor.js");
    /** Text fields of the editor (and import keys) that take any text. */
    private static final List<String> TEXT_FIELDS = List.of("title", "title_fr", "subtitle", "subtitle_fr",
            "location", "location_fr", "venue", "room", "city", "teaser", "teaser_fr", "body", "body_fr",
            "organizerName");
    private static final List<String> URL_FIELDS = List.of("links.0.href", "onlineUrl", "organizerUrl",
            "registrationUrl");
    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final HttpClient http = HttpClient.newHttpClient();

    private static TestSite site;
    private static WebServer server;
    private static AuthorClient eric;
    private static String csrf;
    /** Event names by the payload of their title. */
    private static final Map<String, String> titles = new LinkedHashMap<>();
    private static final Set<String> categories = new LinkedHashSet<>();

    @BeforeAll
    static void storeAndPublishThePayloads() throws Exception {
        site = TestSite.withSeedEvents();
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        eric = new AuthorClient(server.port());
        csrf = eric.logIn("eric", PASSWORD);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            HttpResponse<String> saved = eric.postMultipart("/author/events/new", editorForm(i), Map.of());
            assertThat(saved.statusCode()).as("save of payload %d: %s", i, saved.body()).isEqualTo(303);
            String name = saved.headers().firstValue("Location").orElseThrow()
                    .replaceFirst("^/author/events/", "").replaceFirst("\\?.*", "");
            titles.put(name, PAYLOADS.get(i));
            HttpResponse<String> requested = eric.post("/author/events/" + name + "/request-publication",
                    Map.of("_csrf", csrf, "comment", XssCorpus.at(PAYLOADS, i + 3)));
            assertThat(requested.statusCode()).as("request of %s", name).isEqualTo(303);
        }
        HttpResponse<String> imported = eric.postMultipart("/author/import", Map.of("_csrf", csrf),
                Map.of("file", Map.entry("xss.json", importFile())));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertHtmlSafe("import report", imported.body(), AUTHOR_SCRIPTS);
        publishAll();
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @Test
    void detailPagesShowEveryPayloadAsTextInBothLanguages() throws Exception {
        for (Map.Entry<String, String> event : titles.entrySet()) {
            for (String prefix : List.of("", "/fr")) {
                String path = prefix + "/events/" + event.getKey();
                HttpResponse<String> page = get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertHtmlSafe(path, page.body(), Set.of());
                assertThat(Jsoup.parse(page.body()).select("script[type=application/ld+json]")).as(path).hasSize(1);
            }
            Document english = Jsoup.parse(get("/events/" + event.getKey()).body());
            assertThat(english.select("h1").first().text()).as("the title shows as typed")
                    .isEqualTo(Jsoup.parse("<p>").createElement("p").text(event.getValue()).text());
        }
    }

    @Test
    void listingsFiltersAndContentPagesAreSafe() throws Exception {
        int events = 10 + 2 * PAYLOADS.size();
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= (events + 9) / 10; page++) {
            paths.add("/events?page=" + page);
            paths.add("/fr/events?page=" + page + "&sort=published");
        }
        for (String category : categories) {
            paths.add("/events?category=" + encode(category));
        }
        paths.addAll(List.of("/events?month=2017-10", "/events?q=alert", "/fr/events?day=2017-10-05",
                "/events?place=" + encode(PAYLOADS.get(8))));
        for (String path : paths) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 400);
            assertHtmlSafe(path, page.body(), Set.of());
        }
    }

    @Test
    void feedsCalendarsSitemapAndDeliveryJsonAreSafe() throws Exception {
        for (String feed : List.of("/events.rss", "/events.atom", "/fr/events.rss", "/fr/events.atom")) {
            assertFeedSafe(feed, ok(feed));
        }
        assertSitemapSafe("/sitemap.xml", ok("/sitemap.xml"), "http://localhost:8080");
        int published = 10 + titles.size() + PAYLOADS.size() - 2;
        assertIcsWellFormed("/events.ics", ok("/events.ics?from=2017-01-01&to=2018-12-31"), published);
        for (String name : titles.keySet()) {
            assertIcsWellFormed(name + ".ics", ok("/events/" + name + ".ics"), 1);
            assertJsonSafe(name + " JSON", ok("/.rest/delivery/events/2017/" + name + "?lang=all"));
        }
        for (String query : List.of("limit=100", "limit=100&offset=50", "limit=100&lang=fr", "q=alert&limit=100")) {
            assertJsonSafe(query, ok("/.rest/delivery/events?" + query));
        }
    }

    @Test
    void theAuthorsOwnPagesAreSafe() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/author/tasks", "/author/trash", "/author/import",
                "/author/events?q=alert", "/author/events?category=" + encode(PAYLOADS.get(0))));
        for (int page = 1; page <= (10 + 2 * PAYLOADS.size() + 24) / 25; page++) {
            paths.add("/author/events?page=" + page);
        }
        titles.keySet().forEach(name -> paths.add("/author/events/" + name));
        for (String path : paths) {
            HttpResponse<String> page = eric.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertHtmlSafe(path, page.body(), AUTHOR_SCRIPTS);
        }
        assertThat(Jsoup.parse(eric.get("/author/tasks").body()).text()).contains("alert(");
    }

    @Test
    void hostileAddressesAreRefusedInEveryUrlFieldAndNothingIsWritten() throws Exception {
        List<String> before = RepositoryFingerprint.content(site.repositories().author());
        for (String url : XssCorpus.hostileUrls()) {
            for (String field : URL_FIELDS) {
                Map<String, String> form = editorForm(0);
                form.put("title", "Hostile address");
                form.put(field, url);
                HttpResponse<String> refused = eric.postMultipart("/author/events/new", form, Map.of());
                assertThat(refused.statusCode()).as("%s = %s", field, url).isEqualTo(422);
                assertHtmlSafe(field + " = " + url, refused.body(), AUTHOR_SCRIPTS);
            }
            HttpResponse<String> imported = eric.postMultipart("/author/import", Map.of("_csrf", csrf),
                    Map.of("file", Map.entry("urls.json", importWithLink(url))));
            assertThat(imported.statusCode()).as("import of %s", url).isEqualTo(422);
        }
        assertThat(RepositoryFingerprint.content(site.repositories().author())).isEqualTo(before);
    }

    /** The editor's form for payload {@code i}: each field takes the next payload of the corpus. */
    private static Map<String, String> editorForm(int i) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (int f = 0; f < TEXT_FIELDS.size(); f++) {
            form.put(TEXT_FIELDS.get(f), XssCorpus.at(PAYLOADS, i + f));
        }
        form.put("startDate", LocalDate.of(2017, 10, 1).plusDays(i % 60).toString());
        form.put("startDate.time", "10:00");
        form.put("timeZone", "Europe/Paris");
        form.put("status", "scheduled");
        form.put("country", "FR");
        String category = XssCorpus.at(PAYLOADS, i + 20);
        categories.add(category.strip());
        form.put("categories", category);
        form.put("links.0.label", XssCorpus.at(PAYLOADS, i + 21));
        form.put("links.0.label_fr", XssCorpus.at(PAYLOADS, i + 22));
        form.put("links.0.href", "/documents/programme.pdf");
        return form;
    }

    /** An import file of one event per payload, fields taking the corpus in turn as in the editor. */
    private static byte[] importFile() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode file = json.createObjectNode();
        ArrayNode events = file.putArray("events");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            ObjectNode event = events.addObject();
            event.put("name", "imported-xss-" + i);
            for (int f = 0; f < TEXT_FIELDS.size(); f++) {
                event.put(TEXT_FIELDS.get(f), XssCorpus.at(PAYLOADS, i + f + 7));
            }
            event.put("startDate", LocalDate.of(2017, 11, 1).plusDays(i % 50) + "T18:30");
            event.put("timeZone", "Asia/Tokyo");
            event.putArray("categories").add(XssCorpus.at(PAYLOADS, i + 30));
            ObjectNode link = event.putArray("links").addObject();
            link.put("label", XssCorpus.at(PAYLOADS, i + 31));
            link.put("href", "https://example.org/programme");
        }
        return json.writeValueAsBytes(file);
    }

    private static byte[] importWithLink(String url) throws Exception {
        return ("{\"events\": [{\"name\": \"hostile-link\", \"title\": \"Hostile\", \"startDate\": \"2017-10-01\","
                + " \"timeZone\": \"UTC\", \"links\": [{\"label\": \"x\", \"href\": "
                + new ObjectMapper().writeValueAsString(url) + "}]}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** Publishes every event of the author repository but two imported ones, which go to the trash. */
    private static void publishAll() throws Exception {
        for (String trashed : List.of("imported-xss-0", "imported-xss-1")) {
            assertThat(eric.post("/author/events/" + trashed + "/delete", Map.of("_csrf", csrf)).statusCode())
                    .isEqualTo(303);
        }
        List<String> ids = new ArrayList<>();
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            for (String name : titles.keySet()) {
                ids.add(EventLookup.byName(events, name).orElseThrow().getIdentifier());
            }
            for (int i = 2; i < PAYLOADS.size(); i++) {
                ids.add(EventLookup.byName(events, "imported-xss-" + i).orElseThrow().getIdentifier());
            }
        } finally {
            events.logout();
        }
        site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, ids, "test");
    }

    private static String ok(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
