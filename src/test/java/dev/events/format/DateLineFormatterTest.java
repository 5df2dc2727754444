package dev.events.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineFormatterTest {

    private final DateLineFormatter formatter = new DateLineFormatter();

    private String format(LocalDateTime start, LocalDateTime end, boolean allDay, String languageTag) {
        return formatter.format(start, end, allDay, Locale.forLanguageTag(languageTag));
    }

    @ParameterizedTest(name = "[{index}] {0} to {1} in {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2017-07-06T00:00 | null             | en | 6 July 2017
            2017-07-06T00:00 | 2017-07-06T00:00 | en | 6 July 2017
            2017-10-05T00:00 | 2017-10-06T00:00 | en | 5-6 October 2017
            2018-06-30T00:00 | 2018-07-02T00:00 | en | 30 June - 2 July 2018
            2018-12-30T00:00 | 2019-01-02T00:00 | en | 30 December 2018 - 2 January 2019
            2017-07-06T00:00 | null             | fr | 6 juillet 2017
            2017-10-05T00:00 | 2017-10-06T00:00 | fr | 5-6 octobre 2017
            2018-06-30T00:00 | 2018-07-02T00:00 | fr | 30 juin - 2 juillet 2018
            2018-12-30T00:00 | 2019-01-02T00:00 | fr | 30 décembre 2018 - 2 janvier 2019
            """)
    void allDayEventsShowOnlyDatesNamingSharedMonthAndYearOnce(
            LocalDateTime start, LocalDateTime end, String language, String expected) {
        assertThat(format(start, end, true, language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} to {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2018-07-01T00:00 | null             | 1er juillet 2018
            2018-07-01T00:00 | 2018-07-02T00:00 | 1er-2 juillet 2018
            2018-06-30T00:00 | 2018-07-01T00:00 | 30 juin - 1er juillet 2018
            2018-12-31T00:00 | 2019-01-01T00:00 | 31 décembre 2018 - 1er janvier 2019
            """)
    void frenchWritesTheFirstDayOfAMonthAsAnOrdinal(LocalDateTime start, LocalDateTime end, String expected) {
        assertThat(format(start, end, true, "fr")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} to {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2017-06-28T13:00 | null             | 28 June 2017, 1 p.m.
            2018-07-01T13:30 | null             | 1 July 2018, 1:30 p.m.
            2018-07-01T13:30 | 2018-07-01T15:00 | 1 July 2018, 1:30 p.m. - 3 p.m.
            2018-07-01T12:00 | null             | 1 July 2018, 12 p.m.
            2018-07-01T00:00 | null             | 1 July 2018, 12 a.m.
            2018-07-01T09:05 | null             | 1 July 2018, 9:05 a.m.
            2018-07-01T11:59 | 2018-07-01T12:01 | 1 July 2018, 11:59 a.m. - 12:01 p.m.
            2018-06-30T13:00 | 2018-07-02T15:00 | 30 June 2018, 1 p.m. - 2 July 2018, 3 p.m.
            2018-12-31T22:00 | 2019-01-01T02:00 | 31 December 2018, 10 p.m. - 1 January 2019, 2 a.m.
            2018-07-01T13:30 | 2018-07-01T13:30 | 1 July 2018, 1:30 p.m.
            """)
    void englishTimedEventsUseTwelveHourTimes(LocalDateTime start, LocalDateTime end, String expected) {
        assertThat(format(start, end, false, "en")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} to {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2017-06-28T13:00 | null             | 28 juin 2017, 13 h
            2018-07-01T13:30 | 2018-07-01T15:00 | 1er juillet 2018, 13 h 30 - 15 h
            2018-07-02T09:05 | null             | 2 juillet 2018, 9 h 05
            2018-07-02T00:00 | null             | 2 juillet 2018, 0 h
            2018-07-02T12:00 | null             | 2 juillet 2018, 12 h
            2018-06-30T13:00 | 2018-07-01T15:00 | 30 juin 2018, 13 h - 1er juillet 2018, 15 h
            2018-07-02T13:30 | 2018-07-02T13:30 | 2 juillet 2018, 13 h 30
            """)
    void frenchTimedEventsUseTwentyFourHourTimesWithH(LocalDateTime start, LocalDateTime end, String expected) {
        assertThat(format(start, end, false, "fr")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "en-US", "de", "ja", "es-ES", "und"})
    void englishCoversEveryEnglishLocaleAndUnsupportedLanguages(String languageTag) {
        assertThat(format(LocalDateTime.parse("2018-07-01T13:30"), null, false, languageTag))
                .isEqualTo("1 July 2018, 1:30 p.m.");
    }

    @ParameterizedTest
    @NullSource
    void aMissingLocaleFallsBackToEnglish(Locale locale) {
        assertThat(formatter.format(LocalDateTime.parse("2017-07-06T00:00"), null, true, locale))
                .isEqualTo("6 July 2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr-FR", "fr-CA", "fr-BE", "fr-CH"})
    void frenchCoversEveryFrenchLocale(String languageTag) {
        assertThat(format(LocalDateTime.parse("2018-07-01T13:30"), null, false, languageTag))
                .isEqualTo("1er juillet 2018, 13 h 30");
    }

    @ParameterizedTest
    @EnumSource(Month.class)
    void monthNamesAreTheJdkFullNames(Month month) {
        LocalDateTime start = LocalDateTime.of(2019, month, 15, 0, 0);

        assertThat(format(start, null, true, "fr"))
                .isEqualTo("15 " + month.getDisplayName(TextStyle.FULL, Locale.FRENCH) + " 2019");
        assertThat(format(start, null, true, "en"))
                .isEqualTo("15 " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 2019");
    }

    @Test
    void allDayIgnoresTimesOfDay() {
        LocalDateTime start = LocalDateTime.parse("2017-10-05T18:00");
        LocalDateTime end = LocalDateTime.parse("2017-10-06T09:00");

        assertThat(format(start, end, true, "en")).isEqualTo("5-6 October 2017");
    }

    @Test
    void allDayEndEarlierInTheDayOnTheSameDateIsAccepted() {
        LocalDateTime start = LocalDateTime.parse("2017-07-06T18:00");
        LocalDateTime end = LocalDateTime.parse("2017-07-06T09:00");

        assertThat(format(start, end, true, "en")).isEqualTo("6 July 2017");
    }

    @Test
    void secondsAreIgnoredSoAnEndInTheSameMinuteShowsOnlyTheStart() {
        LocalDateTime start = LocalDateTime.parse("2018-07-01T13:30:10");
        LocalDateTime end = LocalDateTime.parse("2018-07-01T13:30:50");

        assertThat(format(start, end, false, "en")).isEqualTo("1 July 2018, 1:30 p.m.");
    }

    @ParameterizedTest
    @CsvSource({
            "2018-07-02T00:00, 2018-07-01T00:00, true",
            "2018-07-01T15:00, 2018-07-01T13:00, false",
            "2019-01-01T00:00, 2018-12-31T23:59, false"})
    void endBeforeStartIsRejectedNamingBothValues(LocalDateTime start, LocalDateTime end, boolean allDay) {
        assertThatThrownBy(() -> format(start, end, allDay, "en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(start.toString())
                .hasMessageContaining(end.toString());
    }

    @Test
    void startIsRequired() {
        assertThatThrownBy(() -> formatter.format((LocalDateTime) null, null, true, Locale.ENGLISH))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("start");
    }
}
