package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.config.SiteSettings;
import dev.events.testing.StrictIcs;
import dev.events.testing.TestSite;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The calendar outputs follow the operator's settings: the feed's default window and the site's address. */
class EventIcsSettingsTest {

    /** 80 days back and 40 ahead of 2017-09-15: from 2017-06-27 to 2017-10-25. */
    private static final SiteSettings SETTINGS = new SiteSettings(URI.create("https://events.example.org/"), 80, 40,
            List.of("*"));

    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(SETTINGS);
        site.importEvents(TestSite.SEED_FIXTURE, true);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void theDefaultWindowIsTheConfiguredOne() throws Exception {
        // the default 90/365 days would add 2017-06-20, 2017-06-22 (before) and 2017-11-28 (after)
        assertThat(names("/events.ics")).containsExactly("side-event-urban-policies-inclusive-integration",
                "icc-side-event-pace-summer-session", "patras-lsg-arrival-cities-consultation",
                "experts-visit-to-hamamatsu", "study-visit-prevention-of-radicalisation");
    }

    @Test
    void fromAndToStillOverrideTheConfiguredWindow() throws Exception {
        assertThat(names("/events.ics?from=2017-06-20&to=2017-06-20")).containsExactly("world-refugee-day-2017");
        assertThat(names("/events.ics?to=2017-11-30")).endsWith("icc-2017-milestone-event")
                .doesNotContain("world-refugee-day-2017");
    }

    @Test
    void urlsStartWithTheConfiguredBaseUrl() throws Exception {
        VEvent event = StrictIcs.parseValidated(site.get("/fr/events/experts-visit-to-hamamatsu.ics").body())
                .<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("https://events.example.org/fr/events/experts-visit-to-hamamatsu");
    }

    /** @return the detail page names of the feed's events, from their URLs, in feed order */
    private static List<String> names(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        return StrictIcs.parseValidated(response.body()).<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(e -> e.getProperty(Property.URL).orElseThrow().getValue())
                .peek(url -> assertThat(url).startsWith("https://events.example.org/events/"))
                .map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
    }
}
