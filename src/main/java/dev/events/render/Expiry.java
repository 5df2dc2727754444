package dev.events.render;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The earliest instant at which the passing of time alone changes what one request rendered, as the parts that
 * read the time of the request record it: a model that shows "today" in a zone records the next midnight of that
 * zone ({@link #nextMidnight}). The public site's page cache keeps the answer no later than this (see
 * {@code dev.events.site.PageCache}, which adds the catalog's next event start or end for every page).
 * <p>
 * Starts at {@link Instant#MAX} (nothing recorded: time changes nothing) and only goes down. One instance serves
 * one request; it is synchronized all the same, as a component may be rendered on another thread some day.
 */
public final class Expiry {

    private Instant until = Instant.MAX;

    /** Records that what was rendered may change at {@code instant}: the expiry becomes at most that. */
    public synchronized void noLaterThan(Instant instant) {
        if (instant.isBefore(until)) {
            until = instant;
        }
    }

    /** @return the earliest instant recorded, or {@link Instant#MAX} when none */
    public synchronized Instant until() {
        return until;
    }

    /** @return the first instant after {@code now} at which the date in {@code zone} is another day */
    public static Instant nextMidnight(Instant now, ZoneId zone) {
        // atStartOfDay, not LocalTime.MIDNIGHT: in zones whose clocks jump at midnight the day starts later
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public synchronized String toString() {
        return "Expiry[" + until + "]";
    }
}
