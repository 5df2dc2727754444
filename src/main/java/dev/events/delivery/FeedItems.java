package dev.events.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.render.Messages;
import dev.events.content.EventTime;
import dev.events.content.JcrValues;
import dev.events.content.NodeTypes;
import dev.events.content.Translations;
import dev.events.format.LocationLine;
import dev.events.render.EventDateLine;

/**
 * Builds {@link FeedItem}s from published event nodes, in one language. The summary is HTML (RSS readers take
 * {@code description} as HTML, and Atom's is {@code type="html"}): the date line and location line as the site
 * shows them, then the teaser, each escaped, so that a {@code <} in a teaser stays text. A cancelled, postponed,
 * rescheduled or moved-online event says so in its title ("Cancelled: …") and first in its summary, with the
 * site's own words for it, as a reader who sees only the feed must not travel to a cancelled event.
 */
final class FeedItems {

    private static final String SCHEDULED = "scheduled";

    private final LocationLine locations = new LocationLine();
    private final Messages messages;

    /** @param messages the site's UI strings, for the status labels and notices */
    FeedItems(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param link     the absolute address of the event's detail page
     * @param fallback the update time of an event that has no {@code mgnl:lastModified} nor {@code published}
     */
    FeedItem item(Node event, Locale locale, String link, Instant fallback) throws RepositoryException {
        Instant published = instant(event, EventProperties.PUBLISHED);
        Instant modified = instant(event, NodeTypes.LAST_MODIFIED);
        Instant updated = modified != null ? modified : published != null ? published : fallback;
        String status = status(event);
        String title = text(event, EventProperties.TITLE, locale);
        if (status != null) {
            title = messages.get(locale, "events.feed.status-title",
                    List.of(messages.get(locale, "events.status." + status, List.of()), title));
        }
        String summary = summary(event, locale);
        if (status != null) {
            summary = "<p>" + escape(messages.get(locale, "events.status." + status + ".notice", List.of())) + "</p>"
                    + summary;
        }
        return new FeedItem(event.getIdentifier(), title, link, summary, published, updated,
                JcrValues.strings(event, EventProperties.CATEGORIES));
    }

    /** @return the event's status when it is one a reader must know of, else null (scheduled, or none) */
    private static String status(Node event) throws RepositoryException {
        if (!event.hasProperty(EventProperties.STATUS)) {
            return null;
        }
        String status = event.getProperty(EventProperties.STATUS).getString();
        return EventProperties.STATUSES.contains(status) && !status.equals(SCHEDULED) ? status : null;
    }

    private String summary(Node event, Locale locale) throws RepositoryException {
        String when = EventDateLine.of(EventTime.of(event), locale);
        String where = locations.format(text(event, EventProperties.LOCATION, locale),
                text(event, EventProperties.VENUE, locale), text(event, EventProperties.CITY, locale),
                text(event, EventProperties.COUNTRY, locale), locale);
        StringBuilder html = new StringBuilder("<p>").append(escape(when));
        if (!where.isBlank()) {
            html.append(when.isBlank() ? "" : "<br>").append(escape(where));
        }
        html.append("</p>");
        String teaser = text(event, EventProperties.TEASER, locale);
        if (!teaser.isBlank()) {
            html.append("<p>").append(escape(teaser)).append("</p>");
        }
        return html.toString();
    }

    /** @return the text with the characters that are markup in HTML written as references */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String text(Node node, String name, Locale locale) throws RepositoryException {
        return Translations.text(node, name, locale);
    }

    private static Instant instant(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }
}
