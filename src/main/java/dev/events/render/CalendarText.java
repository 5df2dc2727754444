package dev.events.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of calendars and month archives in one language: month names, weekdays, full dates. */
final class CalendarText {

    private final Locale locale;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter dayFormat;

    CalendarText(Locale locale) {
        this.locale = locale;
        this.monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    }

    /**
     * @return the first day of the week: the locale's when it names a country; for a bare language, Sunday in
     *         English (as in the United States) and Monday (ISO 8601) in every other language, French included
     */
    DayOfWeek firstDayOfWeek() {
        if (!locale.getCountry().isEmpty()) {
            return WeekFields.of(locale).getFirstDayOfWeek();
        }
        return locale.getLanguage().equals("en") ? DayOfWeek.SUNDAY : DayOfWeek.MONDAY;
    }

    /** @return the seven column headers, from the first day of the week */
    List<EventCalendarModel.Weekday> weekdays() {
        List<EventCalendarModel.Weekday> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = firstDayOfWeek().plus(i);
            weekdays.add(new EventCalendarModel.Weekday(capitalized(day.getDisplayName(TextStyle.SHORT, locale)),
                    capitalized(day.getDisplayName(TextStyle.FULL, locale))));
        }
        return weekdays;
    }

    /** @return "October 2017", "Octobre 2017": a heading, so capitalized in every language */
    String month(YearMonth month) {
        return capitalized(monthFormat.format(month));
    }

    /** @return "Thursday, October 5, 2017", "jeudi 5 octobre 2017" */
    String day(LocalDate day) {
        return dayFormat.format(day);
    }

    private String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
