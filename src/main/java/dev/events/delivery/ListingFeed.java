package dev.events.delivery;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.config.SiteSettings;
import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;
import dev.events.render.Messages;
import dev.events.content.NodeTypes;
import dev.events.content.SortOrder;
import dev.events.content.Translations;
import dev.events.render.EventListProperties;

/**
 * The RSS 2.0 and Atom 1.0 feeds of an events page, {@code /events.rss} and {@code /events.atom} (and
 * {@code /fr/events.rss}, ... in French), built with Rome from the public repository only.
 * <p>
 * The items are the events of the page's listing, in its order: the order of the page's first event-list
 * component (upcoming first when it has none), computed by the {@link EventCatalog} as the page does; at most
 * {@value #MAX_ITEMS}. {@code ?category=} keeps the events with exactly that category, with the same rules as
 * {@code /events.ics} (a bad value is a 400 naming {@code category}). The channel is the page: its title, its
 * {@code description} property (else its title), its absolute address, the request's language; addresses come
 * from {@link SiteSettings}, never from the request. Only the {@value #MAX_ITEMS} events shown are read from the
 * repository. Thread-safe.
 */
public final class ListingFeed {

    /** The most items in one feed. */
    public static final int MAX_ITEMS = 50;
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";

    private final EventCatalog catalog;
    private final SiteSettings settings;
    private final Clock clock;
    private final FeedItems items;

    /** @param messages the site's UI strings: items of cancelled or moved events say so in the visitor's language */
    public ListingFeed(EventCatalog catalog, SiteSettings settings, Clock clock, Messages messages) {
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.items = new FeedItems(messages);
    }

    /**
     * @param eventsPage the published events page
     * @param events     a session on the public {@code events} workspace
     * @param parameters the request's query parameters
     * @param prefix     the language prefix of addresses, {@code /fr} or empty
     * @return the feed, in UTF-8
     */
    public byte[] feed(FeedFormat format, Node eventsPage, Session events, Map<String, List<String>> parameters,
            Locale locale, String prefix) throws RepositoryException, IOException {
        String category = EventFeed.category(parameters);
        String page = settings.absolute(prefix + eventsPage.getPath());
        String self = settings.absolute(prefix + eventsPage.getPath() + format.suffix())
                + (category == null ? "" : "?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8));
        List<FeedItem> selected = select(events, order(eventsPage), category, locale, page);
        String title = Translations.text(eventsPage, TITLE, locale);
        title = title.isBlank() ? eventsPage.getName() : title;
        String description = Translations.text(eventsPage, DESCRIPTION, locale);
        return format.write(new FeedChannel(title, description.isBlank() ? title : description, page, self,
                locale.getLanguage(), updated(eventsPage, selected), selected));
    }

    private List<FeedItem> select(Session events, SortOrder order, String category, Locale locale, String page)
            throws RepositoryException {
        Instant now = clock.instant();
        List<FeedItem> selected = new ArrayList<>();
        for (CatalogEntry entry : catalog.ordered(order, now)) {
            if (selected.size() == MAX_ITEMS) {
                break;
            }
            if (category != null && !entry.categories().contains(category)) {
                continue;
            }
            try {
                Node event = events.getNodeByIdentifier(entry.id());
                selected.add(items.item(event, locale, page + "/" + entry.name(), now));
            } catch (ItemNotFoundException unpublishedMeanwhile) {
                // the catalog is reloaded after this unpublication; until then the event is left out
            }
        }
        return selected;
    }

    /** @return the order of the page's first event-list component, as the page lists its events */
    private static SortOrder order(Node eventsPage) throws RepositoryException {
        for (NodeIterator areas = eventsPage.getNodes(); areas.hasNext();) {
            Node area = areas.nextNode();
            if (!area.isNodeType(NodeTypes.AREA)) {
                continue;
            }
            for (NodeIterator components = area.getNodes(); components.hasNext();) {
                Node component = components.nextNode();
                if (EventListProperties.TEMPLATE.equals(string(component, NodeTypes.TEMPLATE))) {
                    return SortOrder.of(string(component, EventListProperties.SORT_ORDER))
                            .orElse(SortOrder.UPCOMING_FIRST);
                }
            }
        }
        return SortOrder.UPCOMING_FIRST;
    }

    private Instant updated(Node eventsPage, List<FeedItem> selected) throws RepositoryException {
        Instant latest = eventsPage.hasProperty(NodeTypes.LAST_MODIFIED)
                ? eventsPage.getProperty(NodeTypes.LAST_MODIFIED).getDate().toInstant() : clock.instant();
        for (FeedItem item : selected) {
            latest = item.updated().isAfter(latest) ? item.updated() : latest;
        }
        return latest;
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : "";
    }
}
