package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RawHttp;
import dev.events.testing.TestSite;

/**
 * Every kind of public answer (pages, detail pages, feeds, calendars, the sitemap, robots.txt, web resources,
 * delivery JSON, and the errors 400, 404, 405, 413 and 414 of the site, of Jetty and of the API) carries the
 * security headers: a Content-Security-Policy whose scripts and styles allow no {@code unsafe-inline} (nor
 * {@code unsafe-eval}), no framing, {@code nosniff} and a referrer policy. The public pages need no more: they have
 * no inline script but the JSON-LD data block (which CSP never runs) and no inline style. The author UI has the
 * same headers; its style policy allows inline styles, which TinyMCE sets, but never inline scripts.
 */
class SecurityHeadersHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String EVENT = "/events/experts-visit-to-hamamatsu";
    private static final List<String> PUBLIC = List.of("GET /events", "GET /fr/events?page=2", "GET " + EVENT,
            "GET /fr" + EVENT, "GET " + EVENT + ".ics", "GET /events.ics", "GET /events.rss", "GET /fr/events.atom",
            "GET /sitemap.xml", "GET /robots.txt", "GET /health", "GET /.resources/events/webresources/css/events.css",
            "HEAD /events", "GET /events?page=x", "GET /events/nothing-here", "POST /events", "GET /events//x",
            "GET /events/%FF", "GET /events/" + "a".repeat(20_000), "GET /dam/jcr:00000000-0000-0000-0000-000000000000",
            "GET /.resources/nothing.css", "GET /.rest/delivery/events?limit=2",
            "GET /.rest/delivery/events/2017/experts-visit-to-hamamatsu", "GET /.rest/delivery/events?limit=x",
            "GET /.rest/delivery/events/2017/nothing", "DELETE /.rest/delivery/events",
            "OPTIONS /.rest/delivery/events",
            "GET /.rest/nothing", "GET /author/login", "GET /author/static/editor.js", "GET /author/static/nothing.js",
            "GET /author/events");

    private static TestSite site;
    private static WebServer server;
    private static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        raw = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String request : PUBLIC) {
            String[] methodAndPath = request.split(" ", 2);
            RawHttp.Answer answer = raw.send(methodAndPath[0] + " " + methodAndPath[1] + " HTTP/1.1\r\n", Map.of(),
                    new byte[0]);
            String what = request.length() > 80 ? request.substring(0, 80) : request;
            assertSecurityHeaders(what + " (" + answer.status() + ")", answer, !methodAndPath[1].startsWith("/author"));
        }
    }

    @Test
    void notModifiedAndAuthorFilesCarryThemToo() throws Exception {
        String etag = raw.get("/events").header("ETag");
        RawHttp.Answer notModified = raw.send("GET /events HTTP/1.1\r\n", Map.of("If-None-Match", etag), new byte[0]);
        assertThat(notModified.status()).isEqualTo(304);
        assertSecurityHeaders("304", notModified, true);
        AuthorClient eric = new AuthorClient(server.port());
        eric.logIn("eric", PASSWORD);
        RawHttp.Answer editor = raw.send("GET /author/events/new HTTP/1.1\r\n",
                Map.of("Cookie", "EVENTS_SESSION=" + eric.sessionId()), new byte[0]);
        assertSecurityHeaders("editor", editor, false);
    }

    @Test
    void publicPagesHaveNoInlineScriptButJsonLdAndNoInlineStyle() throws Exception {
        List<String> pages = new java.util.ArrayList<>(List.of("/events", "/fr/events", "/events?page=x",
                "/events/nothing-here"));
        Jsoup.parse(raw.get("/events").body()).select("a[href^=/events/]").eachAttr("href").stream()
                .filter(href -> !href.contains("?") && !href.contains(".")).forEach(pages::add);
        assertThat(pages).hasSizeGreaterThan(8);
        for (String path : pages) {
            Document page = Jsoup.parse(raw.get(path).body());
            for (Element script : page.select("script")) {
                assertThat(script.attr("type")).as(path).isEqualTo("application/ld+json");
            }
            assertThat(page.select("[style], style")).as(path).isEmpty();
            assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on"))).as(path).isEmpty();
        }
    }

    private static void assertSecurityHeaders(String what, RawHttp.Answer answer, boolean publicAnswer) {
        Map<String, String> csp = directives(answer.header("Content-Security-Policy"));
        assertThat(csp).as(what + ": Content-Security-Policy").isNotEmpty();
        String scripts = csp.getOrDefault("script-src", csp.getOrDefault("default-src", ""));
        String styles = csp.getOrDefault("style-src", csp.getOrDefault("default-src", ""));
        assertThat(scripts).as(what + ": scripts").isNotEmpty().doesNotContain("'unsafe-inline'")
                .doesNotContain("'unsafe-eval'").doesNotContain("*").doesNotContain("data:");
        if (publicAnswer) {
            assertThat(styles).as(what + ": styles").isNotEmpty().doesNotContain("'unsafe-inline'");
        }
        assertThat(csp.get("frame-ancestors") + "|" + answer.header("X-Frame-Options")).as(what + ": framing")
                .satisfiesAnyOf(v -> assertThat(v).startsWith("'none'|"), v -> assertThat(v).endsWith("|DENY"));
        assertThat(csp).as(what).containsEntry("frame-ancestors", "'none'");
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(what).isIn("strict-origin-when-cross-origin", "no-referrer",
                "same-origin");
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty()).forEach(d -> {
            int space = d.indexOf(' ');
            directives.put(space < 0 ? d : d.substring(0, space), space < 0 ? "" : d.substring(space + 1));
        });
        return directives;
    }
}
