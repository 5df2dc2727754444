package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.testing.TestSite;

/** The public site over real HTTP through Jetty. */
class PublicSiteHttpTest {

    private static TestSite site;
    private static WebServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws Exception {
        site = TestSite.withSeedEvents();
        server = site.startWebServer();
        server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        site.close();
    }

    @Test
    void eventsPageIsServedAsUtf8HtmlWithSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/events");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body()).contains("Expert’s visit to Hamamatsu");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("frame-ancestors").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }

    /** Jetty refuses ambiguous encodings (encoded dots, slashes, NUL) itself with 400. */
    @ParameterizedTest
    @CsvSource({"/health, 200", "/events/experts-visit-to-hamamatsu, 200", "/fr/events, 200",
        "/events/unknown, 404", "/events?page=x, 400", "/, 302",
        "/.resources/events/webresources/nothing.css, 404", "/.resources/events/module.yaml, 404",
        "/.resources/events/webresources/../module.yaml, 404", "/events/%00, 400", "/events/x%2Fy, 400"})
    void everyAddressAnswersItsStatus(String path, int status) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void rootRedirectsToTheEventsPageInTheRequestLanguage() throws Exception {
        assertThat(get("/").headers().firstValue("Location")).hasValue("/events");
        assertThat(get("/fr").headers().firstValue("Location")).hasValue("/fr/events");
    }

    @Test
    void writesAreAnswered405WithTheSitesPage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/events"))
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(response.body()).contains("Method not allowed");
        assertThat(get("/events").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"/events//x, 400", "/events/%2F..%2Fwebsite, 400", "/.resources/events/webresources/%2e%2e/module.yaml, 400"})
    void addressesJettyRefusesGetTheSitesErrorPageAndHeaders(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("events-page__title").doesNotContain("Jetty");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aVeryLongAddressIsRefusedWithTheSitesPage() throws Exception {
        HttpResponse<String> response = get("/events/" + "a".repeat(20_000));
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.body()).contains("Address too long");
    }

    @Test
    void aRepeatedParameterIsA400NamingIt() throws Exception {
        HttpResponse<String> response = get("/events?page=1&page=2");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid parameter &#39;page&#39;: given more than once");
    }

    @Test
    void percentEncodedPathsAreDecoded() throws Exception {
        assertThat(get("/events/%65xperts-visit-to-hamamatsu").statusCode()).isEqualTo(200);
    }

    @Test
    void headAnswersHeadersWithoutBody() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/events"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length").map(Integer::parseInt).orElse(0)).isPositive();
    }

    @Test
    void absoluteAddressesComeFromTheConfiguredBaseUrlNeverFromTheHostHeader() throws Exception {
        URI other = URI.create("http://127.0.0.1:" + server.port() + "/events/experts-visit-to-hamamatsu");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(other).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(response.body()).select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/events/experts-visit-to-hamamatsu");
        assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain(":" + server.port());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
