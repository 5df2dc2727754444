package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.testing.TestSite;

/** Canonical and language links, Open Graph and Twitter card in the heads of listings, detail and error pages. */
class PageHeadTest {

    private static final String BASE = "http://localhost:8080";
    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-detail/structured-data.json", true);
        site.configureEventList(Map.of("maxItems", 3));
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void aListingsCanonicalAddressKeepsItsPageAndDropsTheSortOrder() throws Exception {
        Document page = page("/events?sort=upcoming&page=2");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/events?page=2");
        assertThat(alternates(page)).containsExactly("en " + BASE + "/events?page=2", "fr " + BASE + "/fr/events?page=2",
                "x-default " + BASE + "/events?page=2");
        assertThat(meta(page, "og:url")).isEqualTo(BASE + "/events?page=2");
        assertThat(page("/fr/events?page=1").select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/fr/events");
    }

    @Test
    void aListingIsAWebsiteForOpenGraphWithASummaryCard() throws Exception {
        Document page = page("/events");
        assertThat(meta(page, "og:type")).isEqualTo("website");
        assertThat(meta(page, "og:title")).isEqualTo("Events");
        assertThat(meta(page, "og:locale")).isEqualTo("en_GB");
        assertThat(meta(page, "og:locale:alternate")).isEqualTo("fr_FR");
        assertThat(page.select("meta[property=og:image], meta[name=robots]")).isEmpty();
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    @Test
    void aDetailPageDescribesItsEventWithItsImageAsALargeCard() throws Exception {
        Document page = page("/events/hamamatsu-congress?utm_source=newsletter");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/events/hamamatsu-congress");
        assertThat(meta(page, "og:type")).isEqualTo("website");
        assertThat(meta(page, "og:title")).isEqualTo("Intercultural congress");
        assertThat(meta(page, "og:description")).isEqualTo("Mayors and residents discuss the intercultural city.")
                .isEqualTo(page.select("meta[name=description]").attr("content"));
        assertThat(meta(page, "og:url")).isEqualTo(BASE + "/events/hamamatsu-congress");
        assertThat(meta(page, "og:image")).isEqualTo(BASE + "/dam/jcr:0b5f4a52-3c1e-4d7a-9f60-2a8e6b1c9d01");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    }

    @Test
    void aFrenchDetailPageIsCanonicalAtItsOwnAddressAndNamesTheEnglishOneAsDefault() throws Exception {
        Document page = page("/fr/events/hamamatsu-congress");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/fr/events/hamamatsu-congress");
        assertThat(alternates(page)).containsExactly("en " + BASE + "/events/hamamatsu-congress",
                "fr " + BASE + "/fr/events/hamamatsu-congress", "x-default " + BASE + "/events/hamamatsu-congress");
        assertThat(meta(page, "og:title")).isEqualTo("Congrès interculturel");
        assertThat(meta(page, "og:locale")).isEqualTo("fr_FR");
    }

    @Test
    void anEventWithoutImageHasASummaryCardAndNoOpenGraphImage() throws Exception {
        Document page = page("/events/experts-visit-to-hamamatsu");
        assertThat(page.select("meta[property=og:image]")).isEmpty();
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    @ParameterizedTest
    @CsvSource({"/events/no-such-event, 404", "/fr/events?page=x, 400", "/events?sort=newest, 400"})
    void errorPagesAreNotIndexedAndHaveNoCanonicalOrSharingTags(String path, int status) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(status);
        Document page = Jsoup.parse(response.text());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical], link[rel=alternate], meta[property^=og:], meta[name^=twitter:]"))
                .isEmpty();
    }

    private static Document page(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    private static String meta(Document page, String property) {
        assertThat(page.select("head meta[property=" + property + "]")).as(property).hasSize(1);
        return page.select("head meta[property=" + property + "]").attr("content");
    }

    private static List<String> alternates(Document page) {
        return page.select("head link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href"))
                .toList();
    }
}
