package dev.events.content;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The dates the repositories take: years 1000 to 2999. The query index encodes dates in a fixed width that ends
 * in the 3000s (a later date fails every query that compares with it), and calendars overflow long before Java's
 * own limits; events, publication times and query filters all stay within these years.
 */
public final class StoredDates {

    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 2999;
    /** What a refusal says. */
    public static final String RANGE = "a year from " + FIRST_YEAR + " to " + LAST_YEAR;

    private StoredDates() {
    }

    /** @return true when the year can be stored and queried */
    public static boolean storable(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** @return true when the instant's year (in UTC) can be stored and queried */
    public static boolean storable(Instant time) {
        return time.isAfter(Instant.MIN.plusSeconds(1)) && time.isBefore(Instant.MAX.minusSeconds(1))
                && storable(time.atOffset(ZoneOffset.UTC).getYear());
    }
}
