package dev.events.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.CatalogEntry;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.SessionSource;
import dev.events.content.Translations;
import dev.events.format.TeaserCutter;

/**
 * Reads the few events a component shows from the public {@code events} workspace, as {@link EventView}s in the
 * request's language. An event unpublished since the catalog was loaded is left out.
 */
final class EventLoader {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+");

    private final SessionSource events;
    private final EventViews views;
    private final Locale locale;
    private final TeaserCutter teasers = new TeaserCutter();

    EventLoader(SessionSource events, EventViews views, Locale locale) {
        this.events = events;
        this.views = views;
        this.locale = locale;
    }

    /** @return the events of these entries, in their order, with teasers cut to {@code teaserLength} */
    List<EventView> views(List<CatalogEntry> entries, int teaserLength) throws RepositoryException {
        Session session = events.open();
        try {
            List<EventView> items = new ArrayList<>();
            for (CatalogEntry entry : entries) {
                Optional<Node> node = byId(session, entry.id());
                if (node.isPresent()) {
                    items.add(withTeaser(views.view(node.get()), teaserLength));
                }
            }
            return items;
        } finally {
            session.logout();
        }
    }

    /**
     * @param reference an event's identifier, as a {@code linkField} stores it, or its path
     * @return the published event, or empty when it is not published (or not an event)
     */
    Optional<EventView> view(String reference, int teaserLength) throws RepositoryException {
        Session session = events.open();
        try {
            Optional<Node> node = reference.startsWith("/") ? byPath(session, reference) : byId(session, reference);
            return node.isPresent() && node.get().isNodeType(NodeTypes.CONTENT)
                    && node.get().hasProperty(EventProperties.START_DATE)
                            ? Optional.of(withTeaser(views.view(node.get()), teaserLength)) : Optional.empty();
        } finally {
            session.logout();
        }
    }

    /** @return the titles of the published events among these identifiers, by identifier */
    Map<String, String> titles(Iterable<String> ids) throws RepositoryException {
        Session session = events.open();
        try {
            Map<String, String> titles = new HashMap<>();
            for (String id : ids) {
                Optional<Node> node = byId(session, id);
                if (node.isPresent()) {
                    titles.put(id, Translations.text(node.get(), EventProperties.TITLE, locale));
                }
            }
            return titles;
        } finally {
            session.logout();
        }
    }

    private static Optional<Node> byId(Session session, String id) throws RepositoryException {
        if (!IDENTIFIER.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.getNodeByIdentifier(id));
        } catch (ItemNotFoundException unpublished) {
            // unpublished since the catalog was loaded (the catalog is reloaded after it), or never published
            return Optional.empty();
        }
    }

    private static Optional<Node> byPath(Session session, String path) throws RepositoryException {
        if (!PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.getNode(path));
        } catch (PathNotFoundException unpublished) {
            return Optional.empty();
        }
    }

    private EventView withTeaser(EventView v, int length) {
        return v.withTeaser(teasers.cut(v.teaser(), Math.max(4, length)));
    }
}
