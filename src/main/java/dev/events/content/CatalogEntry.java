package dev.events.content;

import java.time.Instant;
import java.util.List;

/**
 * What a listing needs to know of one published event, kept in memory so that listings never sort in the
 * repository.
 *
 * @param id           the node identifier
 * @param name         the node name, the URL name
 * @param start        when it starts
 * @param endsAt       when it is over: the end of its last day in its own zone
 * @param published    its first publication, or null
 * @param categories   its categories
 * @param lastModified its last change ({@code mgnl:lastModified}), or null: sitemaps give it without reading the
 *                     event
 */
public record CatalogEntry(String id, String name, Instant start, Instant endsAt, Instant published,
        List<String> categories, Instant lastModified) {

    /** @return true when the event is ongoing or upcoming at {@code now} */
    public boolean notEndedAt(Instant now) {
        return endsAt.isAfter(now);
    }
}
