package dev.events.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.events.content.EventImportReader.ProblemSink;

/**
 * Dates of an import file: a date ({@code 2017-10-05}), a wall time in the event's zone
 * ({@code 2017-10-05T13:00}) or a time with offset. A wall time the zone skips (clocks going forward) is refused
 * rather than moved; on the hour clocks go back, the earlier offset is taken.
 */
final class ImportDates {

    static final String FORMATS = "use 2017-10-05, 2017-10-05T13:00 (wall time in the event's timeZone) "
            + "or 2017-10-05T13:00:00+02:00";
    private static final int DATE_ONLY = "2017-10-05".length();

    private ImportDates() {
    }

    /**
     * @return the time as a calendar in the event's zone
     * @throws DateTimeException with a message for the user when the text is not a date or the time does not exist
     */
    static Calendar parse(String text, ZoneId zone) {
        ZonedDateTime time = zoned(text, zone);
        if (!StoredDates.storable(time.getYear())) {
            throw new DateTimeException("\"" + text + "\" is not in " + StoredDates.RANGE);
        }
        return GregorianCalendar.from(time);
    }

    private static ZonedDateTime zoned(String text, ZoneId zone) {
        try {
            if (text.length() == DATE_ONLY) {
                return LocalDate.parse(text).atStartOfDay(zone);
            }
            return withOffset(text).map(t -> t.atZoneSameInstant(zone))
                    .orElseGet(() -> wallTime(LocalDateTime.parse(text), zone));
        } catch (DateTimeParseException e) {
            throw new DateTimeException("not a date: \"" + text + "\"; " + FORMATS, e);
        }
    }

    private static java.util.Optional<OffsetDateTime> withOffset(String text) {
        try {
            return java.util.Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException noOffset) {
            return java.util.Optional.empty();
        }
    }

    private static ZonedDateTime wallTime(LocalDateTime time, ZoneId zone) {
        if (zone.getRules().getValidOffsets(time).isEmpty()) {
            throw new DateTimeException(time.toLocalTime() + " does not exist in " + zone + " on "
                    + time.toLocalDate() + " (the clocks go forward then)");
        }
        return time.atZone(zone);
    }

    /**
     * Without an explicit {@code allDay}, an event whose dates are dates only is all-day and one with times is
     * not; with one, the dates must agree with it. A start and an end of different forms are refused, as their
     * meaning is unclear.
     */
    static void deriveAllDay(JsonNode event, Map<String, Object> values, ProblemSink sink) {
        JsonNode start = event.path(EventProperties.START_DATE);
        JsonNode end = event.path(EventProperties.END_DATE);
        if (!start.isTextual()) {
            return;
        }
        boolean startDateOnly = isDateOnly(start);
        JsonNode allDay = event.path(EventProperties.ALL_DAY);
        if (end.isTextual() && isDateOnly(end) != startDateOnly) {
            sink.add(EventProperties.END_DATE, "is " + (startDateOnly ? "a time" : "a date only") + " while startDate is "
                    + (startDateOnly ? "a date only" : "a time") + "; give both the same form");
        } else if (!allDay.isBoolean()) {
            values.put(EventProperties.ALL_DAY, startDateOnly);
        } else if (allDay.booleanValue() && !startDateOnly) {
            sink.add(EventProperties.START_DATE, "an all-day event takes dates without times");
        } else if (!allDay.booleanValue() && startDateOnly) {
            sink.add(EventProperties.START_DATE, "needs a time of day, or the event must be all day");
        }
    }

    private static boolean isDateOnly(JsonNode date) {
        return date.textValue().strip().length() == DATE_ONLY;
    }
}
