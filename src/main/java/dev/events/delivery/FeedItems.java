package dev.events.delivery;

import java.time.Instant;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.JcrValues;
import dev.events.content.NodeTypes;
import dev.events.content.Translations;
import dev.events.format.LocationLine;
import dev.events.render.EventDateLine;

/**
 * Builds {@link FeedItem}s from published event nodes, in one language. The summary is HTML (RSS readers take
 * {@code description} as HTML, and Atom's is {@code type="html"}): the date line and location line as the site
 * shows them, then the teaser, each escaped, so that a {@code <} in a teaser stays text.
 */
final class FeedItems {

    private final LocationLine locations = new LocationLine();

    /**
     * @param link     the absolute address of the event's detail page
     * @param fallback the update time of an event that has no {@code mgnl:lastModified} nor {@code published}
     */
    FeedItem item(Node event, Locale locale, String link, Instant fallback) throws RepositoryException {
        Instant published = instant(event, EventProperties.PUBLISHED);
        Instant modified = instant(event, NodeTypes.LAST_MODIFIED);
        Instant updated = modified != null ? modified : published != null ? published : fallback;
        return new FeedItem(event.getIdentifier(), text(event, EventProperties.TITLE, locale), link,
                summary(event, locale), published, updated, JcrValues.strings(event, EventProperties.CATEGORIES));
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
