package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.testing.TestSite;
import dev.events.testing.VisibleText;

/**
 * The seed page, end to end: the fixture imported and published into real Jackrabbit repositories, the demo
 * events page rendered by the light module's templates at the fixture's reference time.
 */
class SeedPageAcceptanceTest {

    private static TestSite site;

    @BeforeAll
    static void importSeedEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.configureEventList(java.util.Map.of("sortOrder", "published"));
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pacific/Kiritimati", "America/Los_Angeles"})
    void eventsPageShowsTheTenSeedItemsInOrderWhateverTheServerZone(String serverZone) throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
            String text = VisibleText.of(site.get("/events").text());
            assertThat(text).contains(expectedItems());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void frenchPageHasFrenchDateLinesAndReadMoreLinks() throws Exception {
        String text = VisibleText.of(site.get("/fr/events").text());
        assertThat(text).startsWith("Événements")
                .contains("Expert’s visit to Hamamatsu 5-6 octobre 2017 Hamamatsu, Japan")
                .contains("28 juin 2017, 13 h Strasbourg, Palais de l’Europe, Room 5")
                .contains("6 juillet 2017 Patras, Greece")
                .contains("achievements... Lire la suite")
                .doesNotContain("Read More");
    }

    @Test
    void readMoreLinksLeadToDetailPagesInTheSameLanguage() throws Exception {
        org.jsoup.nodes.Document french = org.jsoup.Jsoup.parse(site.get("/fr/events").text());
        assertThat(french.select("a.events-teaser__more").eachAttr("href"))
                .hasSize(10).allMatch(href -> href.startsWith("/fr/events/"));
        String href = french.select("a.events-teaser__more").first().attr("href");
        assertThat(site.get(href).status()).isEqualTo(200);
    }

    /** The page text's ten items, without the page's footer ("Social media"). */
    static String expectedItems() throws IOException {
        try (InputStream in = SeedPageAcceptanceTest.class.getResourceAsStream("/fixtures/icc-events-2017.page.txt")) {
            String page = VisibleText.collapse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return page.substring(0, page.indexOf(" Social media")).strip();
        }
    }
}
