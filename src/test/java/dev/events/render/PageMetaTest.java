package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.events.config.SiteSettings;

/** Canonical and language addresses come from the configured base URL and the request's path. */
class PageMetaTest {

    private static final SiteSettings SETTINGS =
            SiteSettings.DEFAULTS.withBaseUrl(URI.create("https://www.example.org/agenda/"));

    @Test
    void listingsKeepTheirPageAndDropPresentationParameters() {
        PageMeta meta = PageMeta.of(request("/fr/events", "/fr", Locale.FRENCH, "sort", "past", "page", "3"),
                SETTINGS, true);
        assertThat(meta.canonical()).isEqualTo("https://www.example.org/agenda/fr/events?page=3");
        assertThat(meta.alternates()).containsExactly(
                new PageMeta.Alternate("en", "https://www.example.org/agenda/events?page=3"),
                new PageMeta.Alternate("fr", "https://www.example.org/agenda/fr/events?page=3"),
                new PageMeta.Alternate("x-default", "https://www.example.org/agenda/events?page=3"));
    }

    @Test
    void theFirstPageAndInvalidPagesHaveTheBareAddress() {
        for (String page : new String[] {"1", "0", "x", "-2", "01"}) {
            assertThat(PageMeta.of(request("/events", "", Locale.ENGLISH, "page", page), SETTINGS, true).canonical())
                    .as("page=%s", page).isEqualTo("https://www.example.org/agenda/events");
        }
    }

    @Test
    void pagesIdentifiedByTheirPathDropEveryParameter() {
        PageMeta meta = PageMeta.of(request("/events/x", "", Locale.ENGLISH, "page", "2"), SETTINGS, false);
        assertThat(meta.canonical()).isEqualTo("https://www.example.org/agenda/events/x");
        assertThat(meta.alternates()).extracting(PageMeta.Alternate::href).containsExactly(
                "https://www.example.org/agenda/events/x", "https://www.example.org/agenda/fr/events/x",
                "https://www.example.org/agenda/events/x");
    }

    @Test
    void openGraphLocalesNameLanguageAndTerritory() {
        assertThat(PageMeta.ogLocale(Locale.FRENCH)).isEqualTo("fr_FR");
        assertThat(PageMeta.ogAlternateLocales(Locale.FRENCH)).containsExactly("en_GB");
        assertThat(PageMeta.ogLocale(Locale.ENGLISH)).isEqualTo("en_GB");
        assertThat(PageMeta.ogAlternateLocales(Locale.ENGLISH)).containsExactly("fr_FR");
    }

    private static RenderRequest request(String uri, String prefix, Locale locale, String... parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        return new RenderRequest(uri, locale, prefix, query, false, Instant.EPOCH);
    }
}
