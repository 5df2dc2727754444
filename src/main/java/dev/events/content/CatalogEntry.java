package dev.events.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What listings, calendars and filters need to know of one published event, kept in memory so that they never
 * sort or filter in the repository.
 *
 * @param id         the node identifier
 * @param name       the node name, the URL name
 * @param start      when it starts
 * @param endsAt     when it is over: the end of its last day in its own zone
 * @param published  its first publication, or null
 * @param categories its categories
 * @param firstDay   the day it starts, in its own zone
 * @param lastDay    the day it ends, in its own zone
 * @param city       its city, or empty
 * @param country    its country as an upper-case ISO 3166 code, or empty
 * @param lastModified its last change ({@code mgnl:lastModified}), or null: sitemaps give it without reading the
 *                     event
 */
public record CatalogEntry(String id, String name, Instant start, Instant endsAt, Instant published,
        List<String> categories, LocalDate firstDay, LocalDate lastDay, String city, String country,
        Instant lastModified) {

    /** @return true when the event is ongoing or upcoming at {@code now} */
    public boolean notEndedAt(Instant now) {
        return endsAt.isAfter(now);
    }

    /** @return true when the event has started and is not over at {@code now} */
    public boolean ongoingAt(Instant now) {
        return !start.isAfter(now) && endsAt.isAfter(now);
    }

    /** @return true when one of the event's days, in its own zone, is between {@code from} and {@code to} inclusive */
    public boolean touches(LocalDate from, LocalDate to) {
        return !firstDay.isAfter(to) && !lastDay.isBefore(from);
    }

    /**
     * @param place a country code ({@code FR}) or a city name ({@code Strasbourg}), in any case
     * @return true when the event is in that country or city
     */
    public boolean isIn(String place) {
        return !place.isEmpty() && (place.equalsIgnoreCase(country) || place.equalsIgnoreCase(city));
    }
}
