package dev.events.delivery;

import static dev.events.delivery.DeliverySite.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.content.Workspaces;
import dev.events.publish.Publisher;

/** HTTP of the delivery API: validators and 304, caching, CORS, methods. */
class DeliveryHttpTest {

    private static final String EVENT = ENDPOINT + "/2017/experts-visit-to-hamamatsu";
    private static final String QUERY = ENDPOINT + "?orderBy=startDate%20desc&limit=3";
    private static DeliverySite site;

    @BeforeAll
    static void start() throws Exception {
        site = DeliverySite.start();
    }

    @AfterAll
    static void close() throws Exception {
        site.close();
    }

    @Test
    void answersCarryAStrongEtagAndTheLastPublicationAsLastModified() throws Exception {
        HttpResponse<String> response = site.get(EVENT);

        assertThat(response.headers().firstValue("ETag").orElseThrow()).matches("\"[A-Za-z0-9_-]{27}\"");
        // the test clock stood at 2017-09-15T12:00+02:00 when the seed events were published
        assertThat(response.headers().firstValue("Last-Modified")).hasValue("Fri, 15 Sep 2017 10:00:00 GMT");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(site.get(EVENT).headers().firstValue("ETag")).isEqualTo(response.headers().firstValue("ETag"));
    }

    @Test
    void theEtagDiffersWithTheContentServed() throws Exception {
        String english = site.get(ENDPOINT + "/2018/open-day-2018").headers().firstValue("ETag").orElseThrow();
        String french = site.get(ENDPOINT + "/2018/open-day-2018?lang=fr").headers().firstValue("ETag").orElseThrow();

        assertThat(french).isNotEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {EVENT, QUERY})
    void aCurrentEtagGets304WithoutBody(String uri) throws Exception {
        String etag = site.get(uri).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = site.get(uri, "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(site.get(uri, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
        assertThat(site.get(uri, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceGets304UnlessTheContentIsNewer() throws Exception {
        assertThat(site.get(EVENT, "If-Modified-Since", "Fri, 15 Sep 2017 10:00:00 GMT").statusCode()).isEqualTo(304);
        assertThat(site.get(EVENT, "If-Modified-Since", "Fri, 15 Sep 2017 09:59:59 GMT").statusCode()).isEqualTo(200);
        assertThat(site.get(EVENT, "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
        // If-None-Match decides when both are given
        assertThat(site.get(EVENT, "If-None-Match", "\"other\"", "If-Modified-Since",
                "Fri, 15 Sep 2017 10:00:00 GMT").statusCode()).isEqualTo(200);
    }

    @Test
    void aPublicationOrUnpublicationMakesEarlierCopiesOfQueriesStale() throws Exception {
        HttpResponse<String> before = site.get(ENDPOINT + "?@ancestor=/2018");
        site.site().clock().advance(Duration.ofDays(1));
        site.site().importEvents("/delivery/later.json", true);
        site.site().clock().advance(Duration.ofDays(1));
        site.site().runtime().get(Publisher.class).unpublish(Workspaces.EVENTS,
                DeliverySite.id(site.site(), "later-lecture"), "test");

        // the results are the same, but an unpublished event leaves no date in them: the change time counts
        HttpResponse<String> after = site.get(ENDPOINT + "?@ancestor=/2018", "If-Modified-Since",
                before.headers().firstValue("Last-Modified").orElseThrow());

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("Last-Modified")).hasValue("Sun, 17 Sep 2017 10:00:00 GMT");
        assertThat(after.body()).isEqualTo(before.body());
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutBody() throws Exception {
        HttpResponse<String> head = site.send("HEAD", EVENT);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(site.get(EVENT).headers().firstValue("ETag"));
    }

    @Test
    void jsonIsNeitherSniffedNorFramed() throws Exception {
        HttpResponse<String> response = site.get(EVENT);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'");
    }

    @Test
    void byDefaultAnyOriginMayReadAndAnswersVaryByOriginAndLanguage() throws Exception {
        HttpResponse<String> response = site.get(EVENT, "Origin", "https://app.example.org");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag");
        assertThat(response.headers().firstValue("Vary")).hasValue("Origin, Accept-Language");
    }

    @Test
    void aPreflightForGetIsAnswered() throws Exception {
        HttpResponse<String> response = site.send("OPTIONS", EVENT, "Origin", "https://app.example.org",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "If-None-Match, X-Evil");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("if-none-match");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    }

    @Test
    void aPreflightForAWriteIsNotAllowed() throws Exception {
        HttpResponse<String> response = site.send("OPTIONS", EVENT, "Origin", "https://app.example.org",
                "Access-Control-Request-Method", "DELETE");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void writesAre405InMagnoliasErrorShape(String method) throws Exception {
        HttpResponse<String> response = site.send(method, EVENT);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new ObjectMapper().readTree(response.body()).get("error").get("code").asText())
                .isEqualTo("methodNotAllowed");
        assertThat(site.get(EVENT).statusCode()).isEqualTo(200);
    }
}
