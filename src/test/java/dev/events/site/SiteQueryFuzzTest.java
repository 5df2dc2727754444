package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.events.render.EventQuery;
import dev.events.render.InvalidParameterException;
import dev.events.testing.TestSite;

/**
 * Coverage-guided fuzzing (Jazzer) of the events page's query string: {@code sort}, {@code page} and the filters
 * of {@link EventQuery}, as raw bytes. Whatever the bytes, the site answers its page, a 400 page naming the
 * parameter or a 404 (a page past the last), never a 500; {@link EventQuery} throws nothing but
 * {@link InvalidParameterException} naming one of its parameters; and a query it accepts reads back the same from its own parameters (round trip). Plain
 * {@code mvn verify} replays the seeds in {@code SiteQueryFuzzTestInputs} and fuzzes 500 inputs (surefire execution
 * {@code fuzz-site-query}); {@code -Pfuzz-long} fuzzes for 10 minutes.
 */
class SiteQueryFuzzTest {

    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @FuzzTest(maxExecutions = 500)
    @DictionaryEntries({"sort=", "page=", "category=", "place=", "month=", "day=", "q=", "&", "=", "%", "%25",
        "+", "upcoming-first", "past", "published", "2017-10", "2017-10-05", "side-event", "FR", "Strasbourg",
        "%C3%A9", "%FF", "%00"})
    void anyQueryIsThePageOrA400NamingAParameter(byte[] bytes) throws Exception {
        String query = new String(bytes, StandardCharsets.ISO_8859_1);
        SiteResponse page = site.get("/events?" + query);
        // 404: a page number past the last page
        assertThat(page.status()).as(query).isIn(200, 400, 404);
        SiteRequest request = SiteRequest.of("/events", query);
        try {
            EventQuery parsed = EventQuery.of(request.parameters());
            assertThat(EventQuery.of(parsed.asParameters())).as(query).isEqualTo(parsed);
        } catch (InvalidParameterException refused) {
            assertThat(EventQuery.PARAMETERS).as(query).contains(refused.parameter());
            assertThat(page.status()).as(query).isEqualTo(400);
        }
    }
}
