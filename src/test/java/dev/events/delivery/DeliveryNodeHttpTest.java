package dev.events.delivery;

import static dev.events.delivery.DeliverySite.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.testing.Golden;

/** Reading one node: {@code GET /.rest/delivery/events/{path}}, over HTTP. */
class DeliveryNodeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
    void anEventMatchesTheGoldenFile() throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "/2018/open-day-2018");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        Golden.assertMatches("delivery/open-day-2018.json", DeliverySite.withStableIds(response.body()));
    }

    @Test
    void valuesAreTypedAsMagnoliaServesThem() throws Exception {
        JsonNode event = read("/2018/open-day-2018");

        assertThat(event.get("startDate").asText()).isEqualTo("2018-07-01T13:30:00.000+02:00");
        assertThat(event.get("allDay").isBoolean()).isTrue();
        assertThat(event.get("latitude").isDouble()).isTrue();
        assertThat(event.get("latitude").asDouble()).isEqualTo(48.5968);
        assertThat(event.get("categories").isArray()).isTrue();
        assertThat(event.get("mgnl:activationStatus").asBoolean()).isTrue();
        assertThat(event.get("mgnl:lastActivated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void nodeNamesPathAndTypeComeFirstAndChildNodesAreInlineAndListed() throws Exception {
        JsonNode event = read("/2018/open-day-2018");

        assertThat(event.fieldNames()).toIterable().startsWith("@name", "@path", "@id", "@nodeType").endsWith("@nodes");
        assertThat(event.get("@id").asText()).matches("[0-9a-f-]{36}");
        assertThat(event.get("@nodes")).extracting(JsonNode::asText).containsExactly("links");
        JsonNode links = event.get("links");
        assertThat(links.get("@nodeType").asText()).isEqualTo("mgnl:contentNode");
        assertThat(links.get("@nodes")).extracting(JsonNode::asText).containsExactly("0", "1");
        assertThat(links.get("0").get("@path").asText()).isEqualTo("/2018/open-day-2018/links/0");
        assertThat(links.get("1").get("@nodes")).isEmpty();
    }

    @Test
    void theImageAndTheLinkedDocumentAreExpandedPublishedAssets() throws Exception {
        JsonNode event = read("/2018/open-day-2018");

        JsonNode image = event.get("image");
        assertThat(image.get("@id").asText()).startsWith("jcr:");
        assertThat(image.get("@link").asText()).isEqualTo("/dam/" + image.get("@id").asText() + "/open-day.png");
        assertThat(image.get("metadata").get("mimeType").asText()).isEqualTo("image/png");
        assertThat(image.get("metadata").get("width").asText()).isEqualTo("40");
        JsonNode document = event.get("links").get("1").get("asset");
        assertThat(document.get("metadata").get("mimeType").asText()).isEqualTo("application/pdf");
        assertThat(site.get(image.get("@link").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void inFrenchTranslatedPropertiesServeTheTranslationUnderTheirBaseName() throws Exception {
        JsonNode event = read("/2018/open-day-2018?lang=fr");

        assertThat(event.get("title").asText()).isEqualTo("Journée portes ouvertes au Palais");
        assertThat(event.get("teaser").asText()).isEqualTo("Visitez le Palais de l’Europe.");
        assertThat(event.get("links").get("0").get("label").asText()).isEqualTo("Plan");
        // no translation: the default language
        assertThat(event.get("subtitle").asText()).isEqualTo("Guided tours every half hour");
        assertThat(event.get("links").get("1").get("label").asText()).isEqualTo("Programme");
        assertThat(event.has("title_fr")).isFalse();
    }

    @Test
    void acceptLanguageChoosesTheLanguageWhenLangIsAbsent() throws Exception {
        JsonNode french = JSON.readTree(site.get(ENDPOINT + "/2018/open-day-2018", "Accept-Language",
                "fr-CH, fr;q=0.9, en;q=0.8").body());
        JsonNode english = JSON.readTree(site.get(ENDPOINT + "/2018/open-day-2018?lang=en", "Accept-Language",
                "fr").body());

        assertThat(french.get("title").asText()).isEqualTo("Journée portes ouvertes au Palais");
        assertThat(english.get("title").asText()).isEqualTo("Open day at the Palais");
    }

    @Test
    void anUntranslatedLanguageFallsBackToTheDefaultAndAllServesEveryTranslation() throws Exception {
        assertThat(read("/2018/open-day-2018?lang=de").get("title").asText()).isEqualTo("Open day at the Palais");
        JsonNode all = read("/2018/open-day-2018?lang=all");
        assertThat(all.get("title").asText()).isEqualTo("Open day at the Palais");
        assertThat(all.get("title_fr").asText()).isEqualTo("Journée portes ouvertes au Palais");
    }

    @Test
    void noRepositoryInternalsNorUserNamesAreServed() throws Exception {
        String body = site.get(ENDPOINT + "/2018/open-day-2018").body();

        // the asset's item key "jcr:<uuid>" is a value; no key is a jcr: property
        assertThat(body).doesNotContainPattern("\"jcr:\\w+\" :").doesNotContain("By\"", "\"events:", "\"test\"");
    }

    @Test
    void aPendingEditStaysInvisibleUntilPublished() throws Exception {
        assertThat(read("/2017/cancelled-forum").get("title").asText()).isEqualTo("Cancelled forum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/2017/draft-workshop", "/2017/withdrawn-seminar", "/2017/no-such-event", "/2017",
        "/2018/open-day-2018/links/0/../..", "/2018/open-day-2018/title"})
    void unpublishedUnknownAndUnservedPathsAre404InMagnoliasErrorShape(String path) throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + path);

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isIn("pathNotFound", "notFound");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void theErrorOfAnUnknownPathNamesThePath() throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "/2017/no-such-event");

        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
                "{\"error\": {\"code\": \"pathNotFound\", \"message\": \"/2017/no-such-event\"}}"));
    }

    @Test
    void aChildNodeOfAnEventCanBeReadByItsPath() throws Exception {
        assertThat(read("/2018/open-day-2018/links/0").get("href").asText()).isEqualTo("https://example.org/map");
    }

    @Test
    void readingANodeTakesOnlyLang() throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "/2018/open-day-2018?limit=2");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").get("message").asText()).contains("'limit'");
    }

    private static JsonNode read(String pathAndQuery) throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
