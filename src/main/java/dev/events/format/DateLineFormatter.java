package dev.events.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats the date line of an event: "5-6 October 2017", "1 July 2018, 1:30 p.m. - 3 p.m.",
 * "1er juillet 2018, 13 h 30 - 15 h".
 * <p>
 * Ranges are shortened the way people write them: a range inside one month names the month and year once
 * ("5-6 October 2017"), a range inside one year names the year once ("30 June - 2 July 2018"), and any
 * other range is written in full on both sides. Times are shown to the minute; seconds are ignored.
 * <p>
 * English is used for {@code en} locales and as the fallback for any unsupported language (and for a
 * {@code null} locale); French for {@code fr} locales. Stateless and thread-safe.
 */
public final class DateLineFormatter {

    /** Creates a formatter; it holds no state, so one instance can be shared. */
    public DateLineFormatter() {
        // stateless
    }

    /**
     * Formats an event's date line.
     *
     * @param start  the start, as wall-clock time in the event's own time zone; required
     * @param end    the end in the same time zone, or {@code null} for an event without an end
     * @param allDay {@code true} when only the dates count; the times of day are then ignored entirely,
     *               including when checking that the end is not before the start
     * @param locale the language to write in; see the class description for the fallback
     * @return the date line, never {@code null}
     * @throws NullPointerException     if {@code start} is {@code null}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public String format(LocalDateTime start, LocalDateTime end, boolean allDay, Locale locale) {
        Objects.requireNonNull(start, "start");
        LocalDateTime effectiveEnd = end == null ? start : end;
        rejectEndBeforeStart(start, effectiveEnd, allDay);
        return wallClockLine(start, effectiveEnd, allDay, locale);
    }

    /**
     * Formats an event's date line from zoned times, shown as their wall-clock times. Unlike the wall-clock
     * overload, the end is checked against the start as instants: on the day clocks go back, an event from
     * 2:30 to 2:10 (after the change) is valid and reads "2:30 a.m. - 2:10 a.m.".
     *
     * @param start  the start in the event's own time zone; required
     * @param end    the end in the same zone, or {@code null}
     * @param allDay {@code true} when only the dates count
     * @param locale the language to write in
     * @return the date line, never {@code null}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public String format(ZonedDateTime start, ZonedDateTime end, boolean allDay, Locale locale) {
        Objects.requireNonNull(start, "start");
        if (end == null) {
            return wallClockLine(start.toLocalDateTime(), start.toLocalDateTime(), allDay, locale);
        }
        if (allDay) {
            return format(start.toLocalDateTime(), end.toLocalDateTime(), true, locale);
        }
        if (end.toInstant().isBefore(start.toInstant())) {
            throw new IllegalArgumentException("Event end " + end + " is before its start " + start);
        }
        return wallClockLine(start.toLocalDateTime(), end.toLocalDateTime(), false, locale);
    }

    private static String wallClockLine(LocalDateTime start, LocalDateTime effectiveEnd, boolean allDay,
            Locale locale) {
        DateLineLanguage language = DateLineLanguage.forLocale(locale);
        if (allDay) {
            return dateRange(language, start.toLocalDate(), effectiveEnd.toLocalDate());
        }
        return timedRange(language, start.truncatedTo(ChronoUnit.MINUTES),
                effectiveEnd.truncatedTo(ChronoUnit.MINUTES));
    }

    private static void rejectEndBeforeStart(LocalDateTime start, LocalDateTime end, boolean allDay) {
        boolean before = allDay
                ? end.toLocalDate().isBefore(start.toLocalDate())
                : end.isBefore(start);
        if (before) {
            throw new IllegalArgumentException("Event end " + end + " is before its start " + start);
        }
    }

    private static String dateRange(DateLineLanguage language, LocalDate from, LocalDate to) {
        if (to.equals(from)) {
            return language.date(from);
        }
        if (to.getYear() != from.getYear()) {
            return language.date(from) + " - " + language.date(to);
        }
        String monthAndYear = " " + language.month(to.getMonth()) + " " + to.getYear();
        if (to.getMonth() == from.getMonth()) {
            return language.day(from.getDayOfMonth()) + "-" + language.day(to.getDayOfMonth()) + monthAndYear;
        }
        return language.day(from.getDayOfMonth()) + " " + language.month(from.getMonth())
                + " - " + language.day(to.getDayOfMonth()) + monthAndYear;
    }

    private static String timedRange(DateLineLanguage language, LocalDateTime from, LocalDateTime to) {
        String startLine = dateAndTime(language, from);
        if (to.equals(from)) {
            return startLine;
        }
        if (to.toLocalDate().equals(from.toLocalDate())) {
            return startLine + " - " + language.time(to.toLocalTime());
        }
        // Across days each side needs its own date, and the year is repeated so neither side is ambiguous.
        return startLine + " - " + dateAndTime(language, to);
    }

    private static String dateAndTime(DateLineLanguage language, LocalDateTime dateTime) {
        return language.date(dateTime.toLocalDate()) + ", " + language.time(dateTime.toLocalTime());
    }
}
