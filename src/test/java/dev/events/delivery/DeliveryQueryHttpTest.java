package dev.events.delivery;

import static dev.events.delivery.DeliverySite.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.testing.Golden;

/** Querying nodes: {@code GET /.rest/delivery/events?...} with Magnolia's parameters, over HTTP. */
class DeliveryQueryHttpTest {

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
    void aQueryMatchesTheGoldenFile() throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "?startDate[gte]=2017-10-01&orderBy=startDate%20asc&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        Golden.assertMatches("delivery/query-from-october.json", DeliverySite.withStableIds(response.body()));
    }

    @Test
    void withoutLimitTheDefinitionsLimitApplies() throws Exception {
        assertThat(names("")).hasSize(10);
        assertThat(names("?limit=20")).hasSize(12);
    }

    @Test
    void limitAndOffsetPageThroughTheResults() throws Exception {
        assertThat(names("?orderBy=startDate&limit=2&offset=2"))
                .containsExactly("world-refugee-day-2017", "spanish-anti-rumours-cities-gathering");
        assertThat(names("?orderBy=startDate&limit=5&offset=11")).containsExactly("open-day-2018");
    }

    @Test
    void aTrailingSlashQueriesToo() throws Exception {
        assertThat(names("/?orderBy=startDate%20desc&limit=1")).containsExactly("open-day-2018");
    }

    @Test
    void orderByTakesSeveralPropertiesWithDirections() throws Exception {
        // every event was published at the same instant: the second ordering decides
        assertThat(names("?orderBy=mgnl:lastActivated%20desc,startDate%20asc&limit=1"))
                .containsExactly("icc-strategy-development-vinnytsa");
        assertThat(names("?orderBy=mgnl:lastActivated%20desc,%20startDate%20DESC&limit=1"))
                .containsExactly("open-day-2018");
    }

    @Test
    void qSearchesTheFullText() throws Exception {
        assertThat(names("?q=Hamamatsu")).containsExactly("experts-visit-to-hamamatsu");
        assertThat(names("?q=called%20off")).containsExactly("cancelled-forum");
    }

    @Test
    void langServesTranslatedPropertiesInQueries() throws Exception {
        JsonNode results = query("?@name=open-day-2018&lang=fr");

        assertThat(results.get(0).get("title").asText()).isEqualTo("Journée portes ouvertes au Palais");
    }

    @Test
    void aFilterWithoutOperatorIsEqualityAndAlternativesAreSeparatedByBars() throws Exception {
        assertThat(names("?categories=visit")).containsExactly("open-day-2018");
        assertThat(names("?categories=visit%7Cforum&orderBy=startDate")).containsExactly("cancelled-forum",
                "open-day-2018");
        assertThat(names("?city[eq]=Lyon")).containsExactly("study-visit-prevention-of-radicalisation");
    }

    @Test
    void neKeepsEventsWithoutThePropertyAndDropsTheOthersWithThatValue() throws Exception {
        List<String> names = names("?status[ne]=cancelled&limit=20");

        assertThat(names).hasSize(11).doesNotContain("cancelled-forum").contains("open-day-2018",
                "experts-visit-to-hamamatsu");
    }

    @Test
    void datesCompareAsInstantsWhateverTheirOffset() throws Exception {
        // Hamamatsu starts at 2017-10-05T00:00+09:00, which is 2017-10-04T15:00Z
        assertThat(names("?startDate[gte]=2017-10-05T00:00:00.000%2B09:00&orderBy=startDate&limit=1"))
                .containsExactly("experts-visit-to-hamamatsu");
        assertThat(names("?startDate[gt]=2017-10-04T15:00:00Z&orderBy=startDate&limit=1"))
                .containsExactly("study-visit-prevention-of-radicalisation");
        assertThat(names("?startDate[gte]=2017-10-04T15:00:00Z&orderBy=startDate&limit=1"))
                .containsExactly("experts-visit-to-hamamatsu");
    }

    @Test
    void anUnescapedPlusInAnOffsetIsReadAsPlus() throws Exception {
        assertThat(names("?startDate[lte]=2017-06-14T00:00:00.000+02:00&orderBy=startDate"))
                .containsExactly("icc-strategy-development-vinnytsa", "human-rights-in-the-intercultural-city");
    }

    @Test
    void ltAndLteDifferOnTheBoundary() throws Exception {
        // the Oslo workshop starts at 2017-06-14T00:00+02:00
        assertThat(names("?startDate[lt]=2017-06-13T22:00:00Z")).containsExactly("icc-strategy-development-vinnytsa");
        assertThat(names("?startDate[lte]=2017-06-13T22:00:00Z&orderBy=startDate"))
                .containsExactly("icc-strategy-development-vinnytsa", "human-rights-in-the-intercultural-city");
    }

    @Test
    void inIsAnInclusiveRangeAndNotInItsComplement() throws Exception {
        List<String> june = names("?startDate[in]=2017-06-01~2017-06-30&orderBy=startDate");
        List<String> others = names("?startDate[not-in]=2017-06-01~2017-06-30&limit=20");

        assertThat(june).containsExactly("human-rights-in-the-intercultural-city", "world-refugee-day-2017",
                "spanish-anti-rumours-cities-gathering", "side-event-urban-policies-inclusive-integration",
                "icc-side-event-pace-summer-session");
        assertThat(others).hasSize(7).doesNotContainAnyElementsOf(june);
    }

    @Test
    void likeMatchesPartOfTheTextIgnoringCase() throws Exception {
        assertThat(names("?title[like]=VISIT&orderBy=startDate")).containsExactly("experts-visit-to-hamamatsu",
                "study-visit-prevention-of-radicalisation");
        assertThat(names("?title[like]=open%25")).containsExactly("open-day-2018");
        assertThat(names("?title[like]=palais%25")).isEmpty();
    }

    @Test
    void numbersCompareAsNumbers() throws Exception {
        assertThat(names("?latitude[gt]=40")).containsExactly("open-day-2018");
        assertThat(names("?latitude[lt]=48.5968")).isEmpty();
        assertThat(names("?latitude[lte]=48.5968")).containsExactly("open-day-2018");
    }

    @Test
    void booleansCompareAsBooleans() throws Exception {
        assertThat(names("?allDay=false&orderBy=startDate")).containsExactly("icc-side-event-pace-summer-session",
                "open-day-2018");
    }

    @Test
    void nameAndAncestorSelectByNodeNameAndFolder() throws Exception {
        assertThat(names("?@name=study-visit-prevention-of-radicalisation"))
                .containsExactly("study-visit-prevention-of-radicalisation");
        assertThat(names("?@ancestor=/2018")).containsExactly("open-day-2018");
        assertThat(names("?@name[ne]=open-day-2018&limit=20")).hasSize(11);
    }

    @Test
    void unpublishedEventsAndPendingEditsAreAbsent() throws Exception {
        assertThat(names("?@name=draft-workshop")).isEmpty();
        assertThat(names("?@name=withdrawn-seminar")).isEmpty();
        assertThat(names("?q=colloquium")).isEmpty();
        assertThat(names("?q=seminar")).isEmpty();
        assertThat(names("?categories=seminar%7Ccolloquium")).isEmpty();
        assertThat(names("?title=Pending%20new%20title")).isEmpty();
        assertThat(query("?@name=cancelled-forum").get(0).get("title").asText()).isEqualTo("Cancelled forum");
    }

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @CsvSource(delimiter = '|', value = {
        "startDate[between]=2017-01-01 | startDate[between]",
        "startDate[notin]=2017-01-01~2017-02-01 | startDate[notin]",
        "limit=ten | limit",
        "limit=0 | limit",
        "limit=101 | limit",
        "offset=-1 | offset",
        "startDate[gte]=2017-13-45 | startDate[gte]",
        "startDate[gte]=yesterday | startDate[gte]",
        "orderBy=colour | orderBy",
        "orderBy=startDate%20sideways | orderBy",
        "orderBy=categories | orderBy",
        "orderBy= | orderBy",
        "limit=1&limit=2 | limit",
        "city=Lyon&city=Oslo | city",
        "colour=red | colour",
        "startDate[like]=2017 | startDate[like]",
        "allDay[gt]=true | allDay[gt]",
        "allDay=yes | allDay",
        "latitude[gt]=north | latitude[gt]",
        "startDate[in]=2017-01-01 | startDate[in]",
        "city= | city",
        "q=%21%3F | q",
        "lang=fr;drop | lang",
        "@ancestor=/2017/.. | @ancestor",
        "@name=a/b | @name",
        "@name[lt]=a | @name[lt]",
        "title[ | title["})
    void aBadParameterIs400NamingIt(String query, String parameter) throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "?" + query.replace("[", "%5B").replace("]", "%5D"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("badRequest");
        assertThat(error.get("message").asText()).startsWith("Parameter '" + parameter + "': ");
    }

    @Test
    void aBrokenEscapeIs400NamingTheParameter() throws Exception {
        DeliverySite.RawResponse response = site.raw("GET " + ENDPOINT + "?title=%zz HTTP/1.1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parameter 'title'");
    }

    @Test
    void aValueLongerThanAnyPropertyIsRefused() throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "?title=" + "x".repeat(501));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parameter 'title'");
    }

    @Test
    void queriesStaySmall() throws Exception {
        String words = String.join("%20", java.util.Collections.nCopies(21, "word"));
        String alternatives = String.join("%7C", java.util.Collections.nCopies(21, "visit"));
        StringBuilder filters = new StringBuilder();
        for (String property : List.of("title", "subtitle", "city", "country", "venue", "room", "location", "teaser",
                "timeZone", "status", "organizerName", "organizerUrl", "organizerEmail", "price", "priceCurrency",
                "registrationUrl", "onlineUrl", "categories", "body", "title_fr", "subtitle_fr")) {
            filters.append('&').append(property).append("=x");
        }

        assertThat(errorMessage("q=" + words)).startsWith("Parameter 'q': ");
        assertThat(errorMessage("categories=" + alternatives)).startsWith("Parameter 'categories': ");
        assertThat(errorMessage("limit=5" + filters)).startsWith("Parameter 'subtitle_fr': ");
        assertThat(names("?q=" + String.join("%20", java.util.Collections.nCopies(20, "hamamatsu"))))
                .containsExactly("experts-visit-to-hamamatsu");
    }

    private static String errorMessage(String query) throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + "?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        return JSON.readTree(response.body()).get("error").get("message").asText();
    }

    @Test
    void anUnknownEndpointIs404() throws Exception {
        HttpResponse<String> response = site.get("/.rest/delivery/tours");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("notFound");
    }

    private static JsonNode query(String query) throws Exception {
        HttpResponse<String> response = site.get(ENDPOINT + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("results");
        return body.get("results");
    }

    private static List<String> names(String query) throws Exception {
        List<String> names = new ArrayList<>();
        query(query).forEach(n -> names.add(n.get("@name").asText()));
        return names;
    }
}
