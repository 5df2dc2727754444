package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.testing.StrictIcs;
import dev.events.testing.TestSite;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** The iCalendar feed of the published events: {@code /events.ics}. */
class EventIcsFeedTest {

    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-ics/unpublished.json", false);
        site.importEvents("/event-ics-feed/cancelled.json", true);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    private static final String REFUGEE_DAY = "The Intercultural Cities team celebrates the World Refugee Day";
    private static final String ANTI_RUMOURS = "1st gathering of Spanish Anti-rumours cities";
    private static final String SIDE_EVENT_URBAN = "Side Event: “Urban policies for the inclusive integration of migrants”";
    private static final String SIDE_EVENT_PACE = "Intercultural Cities Side event at PACE Summer Session";
    private static final String PATRAS = "Patras LSG contributes to the consultation about the action plan within “ARRIVAL CITIES”";
    private static final String HAMAMATSU = "Expert’s visit to Hamamatsu";
    private static final String CANCELLED = "Cancelled meeting";
    private static final String STUDY_VISIT = "Study visit on the “Prevention of radicalisation through Intercultural Policies”";
    private static final String MILESTONE = "Urban policies for inclusive integration and diversity advantage";

    @Test
    void theDefaultWindowRunsFrom90DaysBeforeTo365DaysAfterNow() throws Exception {
        // 2017-09-15 - 90 days = 2017-06-17: the events of 2017-05-22/23 and 2017-06-14/15 end before it
        SiteResponse response = site.get("/events.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/calendar; charset=UTF-8");
        assertThat(summaries("/events.ics")).containsExactly(REFUGEE_DAY, ANTI_RUMOURS, SIDE_EVENT_URBAN,
                SIDE_EVENT_PACE, PATRAS, HAMAMATSU, CANCELLED, STUDY_VISIT, MILESTONE);
    }

    @Test
    void aCategoryGivesExactlyItsEvents() throws Exception {
        assertThat(summaries("/events.ics?category=side-event")).containsExactly(SIDE_EVENT_URBAN, SIDE_EVENT_PACE);
        assertThat(summaries("/events.ics?category=side")).isEmpty();
    }

    @Test
    void aWindowGivesTheEventsWithADayInIt() throws Exception {
        assertThat(summaries("/events.ics?from=2017-06-01&to=2017-06-30")).containsExactlyInAnyOrder(
                "Workshop on Human Rights in the Intercultural City", REFUGEE_DAY, ANTI_RUMOURS, SIDE_EVENT_URBAN, SIDE_EVENT_PACE)
                .hasSize(5);
        // the two-day event of 2017-06-14/15 overlaps a window starting on its last day
        assertThat(summaries("/events.ics?from=2017-06-15&to=2017-06-15")).hasSize(1);
        assertThat(summaries("/events.ics?from=2017-06-16&to=2017-06-19")).isEmpty();
    }

    @Test
    void cancelledEventsStayWithTheirStatus() throws Exception {
        VEvent cancelled = events("/events.ics?category=feed-test").get(0);
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void oneVtimezonePerZoneUsed() throws Exception {
        Calendar calendar = StrictIcs.parse(site.get("/events.ics").text());
        List<String> zones = calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).stream()
                .map(z -> z.getProperty(Property.TZID).orElseThrow().getValue()).toList();
        // the timed events: PACE in Europe/Paris and the cancelled one in America/New_York; all-day ones have none
        assertThat(zones).containsExactlyInAnyOrder("Europe/Paris", "America/New_York");
    }

    @Test
    void theFeedIsNamedAfterTheEventsPage() throws Exception {
        assertThat(site.get("/events.ics").text()).contains("\r\nX-WR-CALNAME:Events\r\n");
        assertThat(site.get("/fr/events.ics").text()).contains("\r\nX-WR-CALNAME:Événements\r\n");
    }

    @ParameterizedTest
    @CsvSource({"/events.ics, http://localhost:8080/events/", "/fr/events.ics, http://localhost:8080/fr/events/"})
    void eachEventLinksToItsDetailPageInTheFeedsLanguage(String path, String pages) throws Exception {
        assertThat(events(path)).extracting(e -> e.getProperty(Property.URL).orElseThrow().getValue())
                .contains(pages + "experts-visit-to-hamamatsu").allMatch(url -> url.startsWith(pages));
    }

    @ParameterizedTest
    @CsvSource({"/events.ics", "/fr/events.ics", "'/events.ics?from=2000-01-01&to=2100-01-01'"})
    void theFeedParsesStrictlyValidatesAndIsFoldedWithCrlf(String path) throws Exception {
        Calendar calendar = StrictIcs.parseValidated(site.get(path).body());
        assertThat(calendar.getComponents(VEvent.VEVENT)).isNotEmpty();
    }

    @Test
    void unpublishedEventsAreAbsent() throws Exception {
        assertThat(site.get("/events.ics?from=2000-01-01&to=2100-01-01").text()).doesNotContain("Not yet public");
        assertThat(summaries("/events.ics?from=2017-11-02&to=2017-11-02")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"from=2017-13-01, from", "to=tomorrow, to", "from=2017-06-1, from", "category=a%20b, category",
        "'from=2017-07-01&to=2017-06-01', from", "'category=side-event&category=workshop', category"})
    void badParametersAnswerTheBadRequestPage(String query, String parameter) throws Exception {
        SiteResponse response = site.get("/events.ics?" + query);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.text()).contains(parameter);
    }

    private static List<String> summaries(String path) throws Exception {
        return events(path).stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
    }

    private static List<VEvent> events(String path) throws Exception {
        return StrictIcs.parse(site.get(path).text()).getComponents(VEvent.VEVENT);
    }

}
