package dev.events.format;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Locale;

/**
 * The language-specific pieces of a date line. Both supported languages put day, month and year in the
 * same order, so only the words differ; the range logic lives in {@link DateLineFormatter}.
 */
interface DateLineLanguage {

    /** @return the day of the month as written before a month name, e.g. "1" or "1er" */
    String day(int dayOfMonth);

    /** @return the full month name */
    String month(Month month);

    /** @return the time of day, to the minute */
    String time(LocalTime time);

    /** @return "day month year" */
    default String date(LocalDate date) {
        return day(date.getDayOfMonth()) + " " + month(date.getMonth()) + " " + date.getYear();
    }

    /** @return French for any {@code fr} locale, English otherwise (including {@code null}) */
    static DateLineLanguage forLocale(Locale locale) {
        if (locale != null && "fr".equals(locale.getLanguage())) {
            return FrenchDateLine.INSTANCE;
        }
        return EnglishDateLine.INSTANCE;
    }
}
