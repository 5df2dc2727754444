package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.testing.Golden;
import dev.events.testing.StrictIcs;
import dev.events.testing.TestSite;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The iCalendar file of an event: {@code /events/{name}.ics}. */
class EventIcsTest {

    /** RFC 7986's property for the online address; ical4j has no constant for its name in {@code Property}. */
    private static final String CONFERENCE = "CONFERENCE";

    private static TestSite site;

    @BeforeAll
    static void importEvents() throws Exception {
        site = TestSite.withSeedEvents();
        site.importEvents("/event-detail/events.json", true);
        site.importEvents("/event-ics/places.json", true);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @ParameterizedTest
    @CsvSource({"/events/experts-visit-to-hamamatsu.ics, event-ics/experts-visit-to-hamamatsu.ics",
        "/events/icc-side-event-pace-summer-session.ics, event-ics/icc-side-event-pace-summer-session.ics",
        "/fr/events/hybrid-forum.ics, event-ics/hybrid-forum-fr.ics",
        "/events/moved-online-summit.ics, event-ics/moved-online-summit.ics"})
    void icsMatchesTheGoldenFile(String path, String golden) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/calendar; charset=UTF-8");
        // the node identifier is random on each import: the golden file has a placeholder for it
        assertThat(response.text()).containsPattern("\r\nUID:[0-9a-f-]{36}@events\r\n");
        Golden.assertMatches(golden,
                response.text().replaceAll("UID:[0-9a-f-]{36}@events", "UID:<identifier>@events"));
    }

    @Test
    void allDayEventsHaveDatesWithAnExclusiveEnd() throws Exception {
        String ics = site.get("/events/experts-visit-to-hamamatsu.ics").text();
        assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20171005\r\n", "\r\nDTEND;VALUE=DATE:20171007\r\n")
                .doesNotContain("VTIMEZONE");
    }

    @Test
    void timedEventsHaveTheirZoneAndOneVtimezone() throws Exception {
        String ics = site.get("/events/icc-side-event-pace-summer-session.ics").text();
        assertThat(ics).contains("\r\nDTSTART;TZID=Europe/Paris:20170628T130000\r\n");
        assertThat(ics.split("BEGIN:VTIMEZONE", -1)).hasSize(2);
        assertThat(ics).contains("\r\nTZID:Europe/Paris\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events/experts-visit-to-hamamatsu.ics", "/events/icc-side-event-pace-summer-session.ics",
        "/fr/events/rich-text-event.ics", "/events/rich-text-event.ics", "/events/clocks-back.ics",
        "/events/date-only-event.ics", "/fr/events/icc-2017-milestone-event.ics", "/events/hybrid-forum.ics",
        "/events/online-webinar.ics", "/events/moved-online-summit.ics",
        "/events/round-coordinates.ics"})
    void everyFileParsesStrictlyValidatesAndIsFoldedWithCrlf(String path) throws Exception {
        Calendar calendar = StrictIcs.parseValidated(site.get(path).body());
        assertThat(calendar.getComponents(VEvent.VEVENT)).hasSize(1);
    }

    @Test
    void aPlaceGivesLocationAndGeoAndTheOnlineAddressIsAConference() throws Exception {
        VEvent event = event(StrictIcs.parse(site.get("/events/hybrid-forum.ics").text()));
        assertThat(value(event, Property.LOCATION)).isEqualTo("Palais de l’Europe, Strasbourg, France");
        assertThat(value(event, Property.GEO)).isEqualTo("48.5949;7.7742");
        assertThat(value(event, CONFERENCE)).isEqualTo(
                "https://stream.example.org/events/hybrid-forum/live-session-with-a-rather-long-address?lang=en&room=1");
        assertThat(event.getProperty(CONFERENCE).orElseThrow().getParameter(Parameter.VALUE)
                .orElseThrow().getValue()).isEqualTo("URI");
    }

    @Test
    void coordinatesHaveAtMostSixDecimalsAndNoExponent() throws Exception {
        VEvent event = event(StrictIcs.parse(site.get("/events/round-coordinates.ics").text()));
        assertThat(value(event, Property.GEO)).isEqualTo("0;-120");
    }

    @Test
    void anEventWithoutAPlaceHasItsOnlineAddressAsLocation() throws Exception {
        VEvent event = event(StrictIcs.parse(site.get("/events/online-webinar.ics").text()));
        assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.org/webinar");
        assertThat(value(event, CONFERENCE)).isEqualTo("https://meet.example.org/webinar");
        assertThat(event.getProperty(Property.GEO)).isEmpty();
    }

    @Test
    void anEventMovedOnlineHasItsOnlineAddressInsteadOfItsPlace() throws Exception {
        VEvent event = event(StrictIcs.parse(site.get("/events/moved-online-summit.ics").text()));
        assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.org/summit");
        assertThat(value(event, CONFERENCE)).isEqualTo("https://meet.example.org/summit");
        assertThat(event.getProperty(Property.GEO)).isEmpty();
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void eventsWithoutCoordinatesOrOnlineAddressHaveNoGeoNorConference() throws Exception {
        VEvent event = event(StrictIcs.parse(site.get("/events/rich-text-event.ics").text()));
        assertThat(event.getProperty(Property.GEO)).isEmpty();
        assertThat(event.getProperty(CONFERENCE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/events/hybrid-forum.ics, http://localhost:8080/events/hybrid-forum",
        "/fr/events/hybrid-forum.ics, http://localhost:8080/fr/events/hybrid-forum"})
    void theUrlIsTheDetailPageInTheLanguageOfTheRequest(String path, String url) throws Exception {
        assertThat(value(event(StrictIcs.parse(site.get(path).text())), Property.URL)).isEqualTo(url);
    }

    @Test
    void frenchSummaryUsesTheFrenchTitle() throws Exception {
        assertThat(summary("/fr/events/rich-text-event.ics")).isEqualTo("Journée portes ouvertes au Palais");
        assertThat(summary("/events/rich-text-event.ics")).isEqualTo("Open day at the Palais");
        assertThat(summary("/fr/events/clocks-back.ics")).isEqualTo("The repeated hour");
    }

    @Test
    void theUidSurvivesARetitledRepublication() throws Exception {
        Calendar before = StrictIcs.parse(site.get("/events/date-only-event.ics").text());
        site.importEvents("/event-ics/retitled.json", true);
        Calendar after = StrictIcs.parse(site.get("/events/date-only-event.ics").text());
        assertThat(summary(after)).isEqualTo("Date-only event, retitled");
        assertThat(uid(after)).isEqualTo(uid(before)).endsWith("@events");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events/unpublished-ics-event.ics", "/events/no-such-event.ics",
        "/fr/events/unpublished-ics-event.ics", "/nothing/here.ics"})
    void unknownOrUnpublishedEventsAnswerTheNotFoundPage(String path) throws Exception {
        site.importEvents("/event-ics/unpublished.json", false);
        SiteResponse response = site.get(path);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
    }

    private static String summary(String path) throws Exception {
        return summary(StrictIcs.parse(site.get(path).text()));
    }

    private static String summary(Calendar calendar) {
        return event(calendar).getProperty(Property.SUMMARY).orElseThrow().getValue();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String uid(Calendar calendar) {
        return event(calendar).getProperty(Property.UID).orElseThrow().getValue();
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
    }

}
