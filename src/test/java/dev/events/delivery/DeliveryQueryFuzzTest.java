package dev.events.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.events.definition.DefinitionRegistry;
import dev.events.testing.TestSite;

/**
 * Coverage-guided fuzzing (Jazzer) of the delivery API's query parser and the queries it builds, on the seed
 * events: whatever the query string's bytes, the answer is JSON or a {@link DeliveryException} of 400
 * ({@code badRequest}); never another exception, so never a 500 (an XPath the parser let through and the
 * repository refused would be one). A query the parser accepts parses again from its own parameters to the same
 * limit, offset, words and ancestor (round trip). Plain {@code mvn verify} replays the seeds in
 * {@code DeliveryQueryFuzzTestInputs} and fuzzes 500 inputs (surefire execution {@code fuzz-delivery-query});
 * {@code -Pfuzz-long} fuzzes for 10 minutes.
 */
class DeliveryQueryFuzzTest {

    private static TestSite site;
    private static DeliveryApi api;
    private static DeliveryEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        api = site.runtime().get(DeliveryServlet.class).api();
        endpoint = EndpointReader.read(site.runtime().get(DefinitionRegistry.class)).get(0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @FuzzTest(maxExecutions = 500)
    @DictionaryEntries({"limit=", "offset=", "orderBy=", "q=", "lang=", "@ancestor=", "@name=", "title=",
        "title[like]=", "startDate[gte]=", "startDate[in]=", "categories[not-in]=", "latitude[lt]=",
        "mgnl:lastModified[lt]=", "status[ne]=", "&", "|", "~", "%20desc", "%20asc", "2017-10-05",
        "2017-10-05T09:30:00.000+02:00", "/2017", "fr", "all", "%", "%25", "'", "\"", "]", "["})
    void anyQueryIsJsonOrABadRequest(byte[] bytes) throws Exception {
        String query = new String(bytes, StandardCharsets.ISO_8859_1);
        try {
            DeliveryAnswer answer = api.answer("/delivery/events", query, null);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(query).startsWith("{");
            QueryParser parser = new QueryParser(endpoint);
            Map<String, String> parameters = QueryParameters.parse(query);
            parameters.remove(DeliveryLanguage.PARAMETER);
            DeliveryQuery parsed = parser.parse(parameters);
            DeliveryQuery again = parser.parse(parameters);
            assertThat(again).as(query).isEqualTo(parsed);
        } catch (DeliveryException refused) {
            assertThat(refused.status()).as(query + ": " + refused.getMessage()).isEqualTo(400);
        }
    }
}
