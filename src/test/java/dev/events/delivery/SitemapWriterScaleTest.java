package dev.events.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.events.config.SiteSettings;
import dev.events.testing.SitemapRules;

/** The sitemap of 100,000 events: parts of at most 50,000 URLs and 50 MB, written in seconds. */
class SitemapWriterScaleTest {

    private static final int EVENTS = 100_000;
    private static final String BASE = "https://events.example.org";

    @Test
    void aHundredThousandEventsMakeFivePartsWrittenInSeconds() throws Exception {
        List<SitemapPage> pages = new ArrayList<>();
        pages.add(new SitemapPage("/events", Instant.parse("2017-09-15T10:00:00Z")));
        for (int n = 0; n < EVENTS; n++) {
            pages.add(new SitemapPage("/events/an-event-with-a-name-of-sixty-characters-or-so-number-" + n,
                    Instant.parse("2017-01-01T00:00:00Z").plusSeconds(n)));
        }
        SitemapWriter writer = new SitemapWriter(SiteSettings.DEFAULTS.withBaseUrl(URI.create(BASE)));
        int urls = pages.size() * SitemapWriter.urlsPerPage();
        long started = System.nanoTime();
        int written = 0;
        byte[] last = null;
        for (int from = 0; from < urls; from += Sitemap.MAX_URLS) {
            last = writer.urlSet(pages, from, Math.min(urls, from + Sitemap.MAX_URLS));
            assertThat(last.length).isLessThan(50 * 1024 * 1024);
            written += count(new String(last, StandardCharsets.UTF_8), "<url>");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(written).isEqualTo(2 * (EVENTS + 1));
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(SitemapRules.urlSet(last, BASE)).hasSize(urls % Sitemap.MAX_URLS).last()
                .extracting(SitemapRules.Url::loc)
                .isEqualTo(BASE + "/fr/events/an-event-with-a-name-of-sixty-characters-or-so-number-" + (EVENTS - 1));
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }
}
