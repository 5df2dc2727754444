package dev.events.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A listing feed before it takes the RSS or Atom form.
 *
 * @param title       the events page's title
 * @param description what the feed is, plain text
 * @param link        the absolute address of the events page
 * @param self        the absolute address of the feed itself, with its query
 * @param language    the language code, {@code en} or {@code fr}
 * @param updated     the latest change of the page or of an item
 * @param items       the events, in the listing's order
 */
record FeedChannel(String title, String description, String link, String self, String language, Instant updated,
        List<FeedItem> items) {
}
