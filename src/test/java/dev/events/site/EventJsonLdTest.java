package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/**
 * The schema.org {@code Event} in JSON-LD on detail pages, read back out of the rendered HTML as a search engine
 * reads it: Google's required and recommended properties, their formats, and text that tries to end the script.
 */
class EventJsonLdTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String ISO_TIME_WITH_OFFSET = ISO_DATE + "T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}";
    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-detail/structured-data.json", true);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hamamatsu-congress", "strasbourg-forum", "online-summit", "cancelled-concert"})
    void structuredDataMatchesTheGoldenFile(String name) throws Exception {
        JsonNode event = jsonLd("/events/" + name);
        Golden.assertMatches("event-detail/json-ld-" + name + ".json",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event) + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hamamatsu-congress", "strasbourg-forum", "online-summit", "cancelled-concert",
        "postponed-workshop", "moved-online-lecture", "hybrid-seminar", "experts-visit-to-hamamatsu",
        "icc-side-event-pace-summer-session"})
    void everyEventHasGooglesRequiredAndRecommendedProperties(String name) throws Exception {
        JsonNode event = jsonLd("/events/" + name);
        assertThat(event.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(event.path("@type").asText()).isEqualTo("Event");
        assertThat(event.path("name").asText()).isNotBlank();
        assertThat(event.path("startDate").asText()).matches(ISO_DATE + "|" + ISO_TIME_WITH_OFFSET);
        assertThat(locations(event)).isNotEmpty().allSatisfy(location -> {
            assertThat(location.path("@type").asText()).isIn("Place", "VirtualLocation");
            assertThat(location.path("Place".equals(location.path("@type").asText()) ? "address" : "url").isMissingNode())
                    .as("address of a Place, url of a VirtualLocation").isFalse();
        });
        assertThat(event.path("description").asText()).isNotBlank();
        assertThat(event.path("eventStatus").asText()).startsWith("https://schema.org/Event");
        assertThat(event.path("eventAttendanceMode").asText()).matches("https://schema.org/(Offline|Online|Mixed)EventAttendanceMode");
        assertThat(event.path("url").asText()).isEqualTo("http://localhost:8080/events/" + name);
        assertThat(event.path("inLanguage").asText()).isEqualTo("en");
    }

    @Test
    void anEventWithEveryDetailHasEndImageOrganizerOffersAndCoordinates() throws Exception {
        JsonNode event = jsonLd("/events/hamamatsu-congress");
        assertThat(event.path("startDate").asText()).isEqualTo("2030-03-20T09:30:00+09:00");
        assertThat(event.path("endDate").asText()).isEqualTo("2030-03-20T17:00:00+09:00");
        assertThat(event.path("image").get(0).asText())
                .isEqualTo("http://localhost:8080/dam/jcr:0b5f4a52-3c1e-4d7a-9f60-2a8e6b1c9d01");
        assertThat(event.at("/organizer/@type").asText()).isEqualTo("Organization");
        assertThat(event.at("/organizer/name").asText()).isEqualTo("Intercultural Cities");
        assertThat(event.at("/organizer/email").asText()).isEqualTo("events@icc.example.org");
        assertThat(event.at("/offers/@type").asText()).isEqualTo("Offer");
        assertThat(event.at("/offers/price").asText()).isEqualTo("120.50");
        assertThat(event.at("/offers/priceCurrency").asText()).isEqualTo("JPY");
        assertThat(event.at("/offers/url").asText()).isEqualTo("https://icc.example.org/register");
        assertThat(event.at("/offers/validFrom").asText()).isEqualTo("2029-12-01T00:00:00+09:00");
        assertThat(event.at("/location/geo/latitude").asDouble()).isEqualTo(34.7108);
        assertThat(event.at("/location/address/addressCountry").asText()).isEqualTo("JP");
    }

    @Test
    void allDayEventsHaveDatesOnlyWithTheLastDayAsEnd() throws Exception {
        JsonNode event = jsonLd("/events/strasbourg-forum");
        assertThat(event.path("startDate").asText()).isEqualTo("2030-06-10");
        assertThat(event.path("endDate").asText()).isEqualTo("2030-06-12");
    }

    @Test
    void aRescheduledOnlineEventHasItsPreviousStartAndAVirtualLocation() throws Exception {
        JsonNode event = jsonLd("/events/online-summit");
        assertThat(event.path("eventStatus").asText()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(event.path("previousStartDate").asText()).isEqualTo("2030-03-02T22:00:00-05:00");
        assertThat(event.path("endDate").asText()).isEqualTo("2030-03-10T04:00:00-04:00");
        assertThat(event.path("eventAttendanceMode").asText())
                .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.at("/location/@type").asText()).isEqualTo("VirtualLocation");
        assertThat(event.at("/location/url").asText()).isEqualTo("https://meet.example.org/summit");
    }

    @Test
    void aMovedOnlineEventIsOnlineOnlyAndAHybridOneHasBothLocations() throws Exception {
        JsonNode moved = jsonLd("/events/moved-online-lecture");
        assertThat(moved.path("eventStatus").asText()).isEqualTo("https://schema.org/EventMovedOnline");
        assertThat(moved.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(locations(moved)).extracting(l -> l.path("@type").asText()).containsExactly("VirtualLocation");
        JsonNode hybrid = jsonLd("/events/hybrid-seminar");
        assertThat(hybrid.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(locations(hybrid)).extracting(l -> l.path("@type").asText())
                .containsExactly("Place", "VirtualLocation");
        assertThat(jsonLd("/events/postponed-workshop").path("eventStatus").asText())
                .isEqualTo("https://schema.org/EventPostponed");
    }

    @Test
    void textThatTriesToEndTheScriptStaysInsideIt() throws Exception {
        String html = site.get("/events/cancelled-concert").text();
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        script = script.substring(0, script.indexOf("</script>"));
        assertThat(script).doesNotContain("</").doesNotContain("<!--").contains("\\u003c/script\\u003e");
        JsonNode event = jsonLd("/events/cancelled-concert");
        assertThat(event.path("name").asText()).isEqualTo("Rock & roll </script><script>alert(1)</script>");
        assertThat(event.path("description").asText()).isEqualTo("Tickets are refunded. <!-- </SCRIPT >");
        assertThat(Jsoup.parse(html).select("script")).hasSize(1);
    }

    @Test
    void frenchPagesDescribeTheEventInFrenchAtTheirOwnAddress() throws Exception {
        JsonNode event = jsonLd("/fr/events/hamamatsu-congress");
        assertThat(event.path("name").asText()).isEqualTo("Congrès interculturel");
        assertThat(event.path("inLanguage").asText()).isEqualTo("fr");
        assertThat(event.path("url").asText()).isEqualTo("http://localhost:8080/fr/events/hamamatsu-congress");
        assertThat(site.get("/fr/events/hamamatsu-congress").text()).as("only markup characters are escaped")
                .contains("\"name\":\"Congrès interculturel\"");
    }

    @Test
    void listingsHaveNoEventStructuredData() throws Exception {
        assertThat(Jsoup.parse(site.get("/events").text()).select("script[type=application/ld+json]")).isEmpty();
    }

    /** @return the page's one JSON-LD object, parsed */
    private static JsonNode jsonLd(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        Elements scripts = Jsoup.parse(response.text()).select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.first().data());
    }

    private static List<JsonNode> locations(JsonNode event) {
        JsonNode location = event.path("location");
        List<JsonNode> all = new ArrayList<>();
        if (location.isArray()) {
            location.forEach(all::add);
        } else if (!location.isMissingNode()) {
            all.add(location);
        }
        return all;
    }
}
