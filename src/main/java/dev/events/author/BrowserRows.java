package dev.events.author;

import java.time.Instant;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.NodeTypes;
import dev.events.content.PublicationStatus;
import dev.events.content.Translations;
import dev.events.format.LocationLine;
import dev.events.publish.EventWorkflowState;
import dev.events.render.EventDateLine;

/** Turns event nodes into the browser's rows. */
final class BrowserRows {

    private final LocationLine locations = new LocationLine();
    private final Locale locale;

    BrowserRows(Locale locale) {
        this.locale = locale;
    }

    BrowserRow row(Node node) throws RepositoryException {
        String dateLine = EventDateLine.of(EventTime.of(node), locale);
        return new BrowserRow(node.getName(), node.getParent().getName(), text(node, EventProperties.TITLE), dateLine,
                locations.format(text(node, EventProperties.LOCATION), text(node, EventProperties.VENUE),
                        text(node, EventProperties.CITY), text(node, EventProperties.COUNTRY), locale),
                PublicationStatus.of(node), text(node, NodeTypes.LAST_MODIFIED_BY), lastModified(node),
                EventWorkflowState.of(node));
    }

    private String text(Node node, String name) throws RepositoryException {
        return Translations.text(node, name, locale);
    }

    private static Instant lastModified(Node node) throws RepositoryException {
        return node.hasProperty(NodeTypes.LAST_MODIFIED)
                ? node.getProperty(NodeTypes.LAST_MODIFIED).getDate().toInstant() : null;
    }
}
