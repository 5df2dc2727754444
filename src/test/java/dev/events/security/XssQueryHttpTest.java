package dev.events.security;

import static dev.events.testing.OutputSafety.assertHtmlSafe;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.TestSite;
import dev.events.testing.XssCorpus;

/**
 * Every payload of the XSS corpus as the value of every query parameter the site, the delivery API and the author
 * UI read, as an unknown parameter's name, and as a path segment: each answer is 200, 400 or 404, never 5xx; HTML
 * answers (pages and error pages, which may repeat the value) carry nothing that runs, JSON answers are JSON.
 */
class XssQueryHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final String EVENT = "experts-visit-to-hamamatsu";
    /** Address and parameter: the payload is appended, encoded. */
    private static final List<String> PUBLIC = List.of("/events?sort=", "/events?page=", "/events?category=",
            "/events?place=", "/events?month=", "/events?day=", "/events?q=", "/fr/events?q=", "/fr/events?category=",
            "/events?category=side-event&q=", "/events.ics?category=", "/events.ics?from=", "/events.ics?to=",
            "/events.rss?category=", "/fr/events.atom?category=", "/events/" + EVENT + "?q=", "/events/" + EVENT
                    + ".ics?x=", "/sitemap.xml?x=", "/events?x=");
    private static final List<String> DELIVERY = List.of("q=", "limit=", "offset=", "orderBy=", "lang=",
            "@ancestor=", "@name=", "title=", "title[like]=", "categories=", "startDate[gte]=", "status[ne]=",
            "latitude[lt]=");
    private static final List<String> AUTHOR = List.of("/author/events?q=", "/author/events?category=",
            "/author/events?status=", "/author/events?folder=", "/author/events?sort=", "/author/events?page=",
            "/author/tasks?x=", "/author/pages?x=", "/author/events/" + EVENT + "?saved=");
    private static final Set<String> AUTHOR_SCRIPTS = Set.of("/author/static/tinymce/tinymce.min.js",
            "/author/static/editor.js");
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestSite site;
    private static WebServer server;
    private static AuthorClient eric;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        eric = new AuthorClient(server.port());
        eric.logIn("eric", PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @Test
    void publicPagesFeedsAndErrorPagesNeverRunAQueryValue() throws Exception {
        for (String payload : PAYLOADS) {
            for (String address : PUBLIC) {
                check(address + encode(payload), get(address + encode(payload)));
            }
            check("name " + payload, get("/events?" + encode(payload) + "=1"));
            check("path " + payload, get("/events/" + encode(payload).replace("+", "%20")));
            check("login next " + payload, get("/author/login?next=" + encode(payload)));
        }
    }

    @Test
    void theDeliveryApiAnswersJsonWhateverTheQuery() throws Exception {
        for (String payload : PAYLOADS) {
            for (String parameter : DELIVERY) {
                String address = "/.rest/delivery/events?" + parameter + encode(payload);
                HttpResponse<String> answer = get(address);
                assertThat(answer.statusCode()).as(address).isIn(200, 400);
                assertThat(answer.headers().firstValue("Content-Type")).as(address).hasValue("application/json");
                JSON.readTree(answer.body());
            }
            HttpResponse<String> node = get("/.rest/delivery/events/" + encode(payload).replace("+", "%20"));
            assertThat(node.statusCode()).as(payload).isIn(400, 404);
        }
    }

    @Test
    void authorPagesNeverRunAQueryValue() throws Exception {
        for (String payload : PAYLOADS) {
            for (String address : AUTHOR) {
                HttpResponse<String> answer = eric.get(address + encode(payload));
                assertThat(answer.statusCode()).as(address + payload).isIn(200, 400, 404);
                assertHtmlSafe(address + payload, answer.body(), AUTHOR_SCRIPTS);
            }
            HttpResponse<String> editor = eric.get("/author/events/" + encode(payload).replace("+", "%20"));
            assertThat(editor.statusCode()).as(payload).isIn(400, 404);
            assertHtmlSafe("editor path " + payload, editor.body(), AUTHOR_SCRIPTS);
        }
    }

    private static void check(String what, HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(what).isIn(200, 400, 404);
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            assertHtmlSafe(what, answer.body(), Set.of());
        } else {
            assertThat(answer.statusCode()).as(what + ": only pages answer errors").isEqualTo(200);
            assertThat(type).as(what).matches("(text/calendar|application/(rss|atom)\\+xml|application/xml).*");
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
