package dev.events.delivery;

import java.time.Instant;
import java.util.List;

/**
 * One event in a listing feed, in the feed's language: what an RSS {@code item} and an Atom {@code entry} are
 * made of.
 *
 * @param id          the event's node identifier, which never changes (the {@code guid} and Atom {@code id} are
 *                    {@code urn:uuid:<id>})
 * @param title       the title, plain text
 * @param link        the absolute address of the detail page
 * @param summaryHtml the date line, the location line and the teaser as an HTML fragment, its text escaped
 * @param published   the first publication, or null
 * @param updated     the last change
 * @param categories  the categories
 */
record FeedItem(String id, String title, String link, String summaryHtml, Instant published, Instant updated,
        List<String> categories) {

    /** @return the identifier as a URN, the same in every format and language */
    String urn() {
        return "urn:uuid:" + id;
    }
}
