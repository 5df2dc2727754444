package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.events.content.EventTime;

/** Add-to-calendar links for Google Calendar and Outlook.com: dates, zones and encoding. */
class CalendarLinksTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void allDayEventsAreDatesWithAnExclusiveEnd() {
        CalendarLinks.Links links = links(new EventTime(at("2017-10-05T00:00", TOKYO), at("2017-10-06T00:00", TOKYO),
                true));
        assertThat(QueryParameters.of(links.google())).contains(entry("dates", "20171005/20171007"))
                .doesNotContainKey("ctz");
        assertThat(QueryParameters.of(links.outlook())).contains(entry("startdt", "2017-10-05"),
                entry("enddt", "2017-10-07"), entry("allday", "true"));
    }

    @Test
    void anAllDayEventWithoutEndLastsOneDay() {
        CalendarLinks.Links links = links(new EventTime(at("2017-10-09T00:00", TOKYO), null, true));
        assertThat(QueryParameters.of(links.google())).contains(entry("dates", "20171009/20171010"));
        assertThat(QueryParameters.of(links.outlook())).contains(entry("startdt", "2017-10-09"),
                entry("enddt", "2017-10-10"));
    }

    @Test
    void timedEventsAreWallTimesInTheirZoneForGoogleAndTimesWithOffsetForOutlook() {
        CalendarLinks.Links links = links(new EventTime(at("2017-10-05T13:00", TOKYO), at("2017-10-05T15:00", TOKYO),
                false));
        assertThat(QueryParameters.of(links.google())).contains(entry("dates", "20171005T130000/20171005T150000"),
                entry("ctz", "Asia/Tokyo"));
        assertThat(QueryParameters.of(links.outlook())).contains(entry("startdt", "2017-10-05T13:00:00+09:00"),
                entry("enddt", "2017-10-05T15:00:00+09:00"), entry("allday", "false"));
    }

    @Test
    void aTimedEventWithoutEndEndsWhenItStarts() {
        CalendarLinks.Links links = links(new EventTime(at("2017-06-28T13:00", ZoneId.of("Europe/Paris")), null,
                false));
        assertThat(QueryParameters.of(links.google())).contains(entry("dates", "20170628T130000/20170628T130000"));
        assertThat(QueryParameters.of(links.outlook())).contains(entry("startdt", "2017-06-28T13:00:00+02:00"),
                entry("enddt", "2017-06-28T13:00:00+02:00"));
    }

    @Test
    void aRangeAcrossTheClocksGoingForwardKeepsItsWallTimesAndTakesEachInstantsOffset() {
        CalendarLinks.Links links = links(new EventTime(at("2030-03-09T22:00", NEW_YORK),
                at("2030-03-10T04:00", NEW_YORK), false));
        assertThat(QueryParameters.of(links.google())).contains(entry("dates", "20300309T220000/20300310T040000"),
                entry("ctz", "America/New_York"));
        assertThat(QueryParameters.of(links.outlook())).contains(entry("startdt", "2030-03-09T22:00:00-05:00"),
                entry("enddt", "2030-03-10T04:00:00-04:00"));
    }

    @Test
    void textsAreEncodedAsUtf8WithoutPlusSignsAndReadBackUnchanged() {
        String title = "Journée « portes ouvertes » & 浜松 + more?";
        String details = "Line one\n\nhttps://example.org/events/x?a=1&b=2";
        CalendarLinks.Links links = CalendarLinks.of(new EventTime(at("2017-10-05T13:00", TOKYO), null, false),
                title, details, "Salle n°5, Zürich", "/events/x.ics");
        for (String link : new String[] {links.google(), links.outlook()}) {
            assertThat(link).doesNotContain(" ").doesNotContain("+").contains("Journ%C3%A9e");
        }
        Map<String, String> google = QueryParameters.of(links.google());
        assertThat(google).contains(entry("action", "TEMPLATE"), entry("text", title), entry("details", details),
                entry("location", "Salle n°5, Zürich"));
        assertThat(QueryParameters.of(links.outlook())).contains(entry("subject", title), entry("body", details),
                entry("location", "Salle n°5, Zürich"));
    }

    @Test
    void linksGoToEachServicesComposePageAndToTheEventsOwnFile() {
        CalendarLinks.Links links = links(new EventTime(at("2017-10-05T13:00", TOKYO), null, false));
        assertThat(QueryParameters.base(links.google())).isEqualTo("https://calendar.google.com/calendar/render");
        assertThat(QueryParameters.base(links.outlook()))
                .isEqualTo("https://outlook.live.com/calendar/0/action/compose");
        assertThat(links.ics()).isEqualTo("/events/x.ics");
    }

    @Test
    void emptyDetailsAndLocationAreLeftOut() {
        CalendarLinks.Links links = CalendarLinks.of(new EventTime(at("2017-10-05T13:00", TOKYO), null, false),
                "Title", "", "", "/events/x.ics");
        assertThat(QueryParameters.of(links.google())).doesNotContainKeys("details", "location");
        assertThat(QueryParameters.of(links.outlook())).doesNotContainKeys("body", "location");
    }

    private static CalendarLinks.Links links(EventTime time) {
        return CalendarLinks.of(time, "Title", "Details", "Place", "/events/x.ics");
    }

    private static ZonedDateTime at(String wallTime, ZoneId zone) {
        return LocalDateTime.parse(wallTime).atZone(zone);
    }
}
