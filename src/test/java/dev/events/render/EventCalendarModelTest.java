package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.site.SiteResponse;
import dev.events.testing.Golden;
import dev.events.testing.TestSite;

/** The event-calendar component: the month grid, its days, today, its links and its parameter. */
class EventCalendarModelTest {

    private static TestSite site;

    @BeforeAll
    static void installCalendar() throws Exception {
        site = TestSite.start();
        site.importEvents("/event-calendar/events.json", true);
        site.importEvents("/event-calendar/draft.json", false);
        site.installPage("/event-calendar/page.yaml");
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @BeforeEach
    void resetClock() {
        site.clock().set(TestSite.REFERENCE_NOW.toInstant());
    }

    @Test
    void withoutAMonthTheCalendarShowsTodaysMonthWithTodayMarked() throws Exception {
        Document page = calendar("/calendar");
        assertThat(page.select(".events-calendar__caption").text()).isEqualTo("September 2017");
        assertThat(page.select("td[aria-current=date]")).hasSize(1);
        assertThat(page.select("td[aria-current=date] time").attr("datetime")).isEqualTo("2017-09-15");
        assertThat(page.select("td[aria-current=date] .events-calendar__event-link").text())
                .isEqualTo("Today’s workshop");
    }

    @Test
    void theContentPageShowsItsTitleInTheRequestsLanguage() throws Exception {
        assertThat(calendar("/calendar").select("h1").text()).isEqualTo("Calendar");
        assertThat(calendar("/fr/calendar").select("h1").text()).isEqualTo("Calendrier");
        assertThat(calendar("/fr/calendar").select("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void todayIsTheDateInTheCalendarsZone() throws Exception {
        // 23:30 UTC on the 15th is already the 16th in Paris, the calendar's zone
        site.clock().set(Instant.parse("2017-09-15T23:30:00Z"));
        assertThat(calendar("/calendar").select("td[aria-current=date] time").attr("datetime"))
                .isEqualTo("2017-09-16");
    }

    @Test
    void aMonthWithoutTodayMarksNoDay() throws Exception {
        assertThat(calendar("/calendar?month=2017-10").select("[aria-current]")).isEmpty();
    }

    @Test
    void aMultiDayEventIsOnEachOfItsDaysInBothMonths() throws Exception {
        assertThat(daysOf(calendar("/calendar?month=2017-09"), "Autumn congress"))
                .containsExactly("2017-09-29", "2017-09-30");
        assertThat(daysOf(calendar("/calendar?month=2017-10"), "Autumn congress"))
                .containsExactly("2017-10-01", "2017-10-02");
    }

    @Test
    void eventsAreOnTheirDayInTheirOwnZone() throws Exception {
        // 07:00 in Tokyo on 6 October is 22:00 UTC on the 5th
        assertThat(daysOf(calendar("/calendar?month=2017-10"), "Tokyo breakfast")).containsExactly("2017-10-06");
    }

    @Test
    void eachEventLinksToItsDetailPage() throws Exception {
        Element link = calendar("/calendar?month=2017-10").select("a:contains(Tokyo breakfast)").first();
        assertThat(link.attr("href")).isEqualTo("/events/tokyo-breakfast");
        assertThat(site.get(link.attr("href")).status()).isEqualTo(200);
    }

    @Test
    void aBusyDayListsMaxPerDayEventsThenLinksToTheRestOfTheDay() throws Exception {
        Element day = dayCell(calendar("/calendar?month=2017-10"), "2017-10-18");
        assertThat(day.select(".events-calendar__event-link").eachText())
                .containsExactly("Busy day opening", "Busy day panel", "Busy day workshop");
        Element more = day.select(".events-calendar__more").first();
        assertThat(more.text()).isEqualTo("1 more");
        assertThat(more.attr("aria-label")).isEqualTo("1 more event on Wednesday, October 18, 2017");
        assertThat(more.attr("href")).isEqualTo("/events?day=2017-10-18");
    }

    @Test
    void unpublishedEventsAreNotShown() throws Exception {
        Document october = calendar("/calendar?month=2017-10");
        assertThat(october.text()).doesNotContain("Draft gathering");
        assertThat(dayCell(october, "2017-10-10").select("a")).isEmpty();
    }

    @Test
    void englishWeeksStartOnSundayAndFrenchWeeksOnMonday() throws Exception {
        assertThat(weekdays(calendar("/calendar"))).containsExactly("Sunday", "Monday", "Tuesday", "Wednesday",
                "Thursday", "Friday", "Saturday");
        assertThat(weekdays(calendar("/fr/calendar"))).containsExactly("Lundi", "Mardi", "Mercredi", "Jeudi",
                "Vendredi", "Samedi", "Dimanche");
        // 1 October 2017 is a Sunday: first cell in English, last of the first row in French
        assertThat(calendar("/calendar?month=2017-10").select("tbody tr").first().select("td").first()
                .select("time").attr("datetime")).isEqualTo("2017-10-01");
        assertThat(calendar("/fr/calendar?month=2017-10").select("tbody tr").first().select("td").last()
                .select("time").attr("datetime")).isEqualTo("2017-10-01");
    }

    @Test
    void everyWeekHasSevenCellsUnderSevenColumnHeaders() throws Exception {
        Document page = calendar("/calendar?month=2017-10");
        assertThat(page.select("thead th[scope=col]")).hasSize(7);
        assertThat(page.select("tbody tr")).hasSize(5).allSatisfy(row -> assertThat(row.select("td")).hasSize(7));
        assertThat(page.select("tbody time")).hasSize(31);
    }

    @Test
    void previousAndNextMonthLinksKeepTheOtherParameters() throws Exception {
        Document page = calendar("/calendar?month=2017-01&category=x&page=2&day=2017-01-03");
        assertThat(page.select(".events-calendar__month-link--previous").attr("href"))
                .isEqualTo("/calendar?month=2016-12&category=x");
        assertThat(page.select(".events-calendar__month-link--next").attr("href"))
                .isEqualTo("/calendar?month=2017-02&category=x");
        assertThat(page.select(".events-calendar__month-link--next").text()).isEqualTo("Next month: February 2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-13", "2017-1", "abc", "0999-12", "2017-10-01", "%20"})
    void aBadMonthAnswers400NamingTheParameter(String month) throws Exception {
        SiteResponse response = site.get("/calendar?month=" + month);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Invalid parameter &#39;month&#39;");
    }

    @Test
    void monthNavigationPagesAreNotIndexed() throws Exception {
        assertThat(Jsoup.parse(site.get("/calendar").text()).select("meta[name=robots]")).isEmpty();
        assertThat(Jsoup.parse(site.get("/calendar?month=2017-10").text()).select("meta[name=robots]")
                .attr("content")).isEqualTo("noindex,follow");
    }

    @Test
    void septemberWithTodayMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("event-calendar/golden-september-today.html", section("/calendar"));
    }

    @Test
    void frenchOctoberWithTheCongressAndABusyDayMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("event-calendar/golden-october-fr.html", section("/fr/calendar?month=2017-10"));
    }

    private static Document calendar(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    private static String section(String path) throws Exception {
        return calendar(path).select("section.events-calendar").outerHtml() + "\n";
    }

    private static List<String> daysOf(Document page, String title) {
        return page.select("td:has(a:containsOwn(" + title + ")) time").eachAttr("datetime");
    }

    private static Element dayCell(Document page, String date) {
        return page.select("td:has(time[datetime=" + date + "])").first();
    }

    private static List<String> weekdays(Document page) {
        return page.select("thead th .events-visually-hidden").eachText();
    }
}
