package dev.events.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;
import dev.events.content.EventPage;
import dev.events.content.SessionSource;
import dev.events.content.SortOrder;
import dev.events.format.TeaserCutter;

/**
 * {@code eventfn}: the event functions templates call. Takes component content as a plain {@code Map} (Magnolia's
 * ContentMap is one too) and needs only {@code javax.jcr} and the JDK, so Magnolia can register it as a
 * renderer context attribute.
 */
public final class EventTemplatingFunctions {

    static final int DEFAULT_MAX_ITEMS = 10;
    static final int DEFAULT_TEASER_LENGTH = 300;
    private static final int MAX_PAGE = 100_000;

    private final EventCatalog catalog;
    private final SessionSource events;
    private final Instant now;
    private final String detailBase;
    private final EventViews views;
    private final PageLinks links;
    private final TeaserCutter teasers = new TeaserCutter();

    /**
     * @param events     sessions on the public {@code events} workspace
     * @param now        the time listings are computed for
     * @param detailBase the path detail pages hang below, e.g. {@code /fr/events}
     * @param links      builds the listing's paging links
     */
    public EventTemplatingFunctions(EventCatalog catalog, SessionSource events, Locale locale, Instant now,
            String detailBase, PageLinks links) {
        this.catalog = catalog;
        this.events = events;
        this.now = now;
        this.detailBase = detailBase;
        this.views = new EventViews(locale, detailBase);
        this.links = links;
    }

    /**
     * One page of an event-list component.
     *
     * @param component the component's content: {@code sortOrder}, {@code maxItems}, {@code teaserLength}
     * @param sort      the {@code ?sort=} parameter, overriding the component's order, or empty
     * @param page      the {@code ?page=} parameter, or empty for the first page
     */
    public EventListModel listing(Map<String, Object> component, String sort, String page) throws RepositoryException {
        SortOrder order = order(sort, component);
        int pageNumber = pageNumber(page);
        int size = positive(component.get(EventListProperties.MAX_ITEMS), DEFAULT_MAX_ITEMS);
        EventPage result = catalog.list(order, now, pageNumber, size);
        if (pageNumber > result.pageCount()) {
            throw new NotFoundException("The listing has " + result.pageCount() + " page(s), not " + pageNumber);
        }
        int teaserLength = positive(component.get(EventListProperties.TEASER_LENGTH), DEFAULT_TEASER_LENGTH);
        List<EventView> items = views(result.items(), teaserLength);
        return new EventListModel(items, result.page(), result.pageCount(), result.total(),
                result.hasPrevious() ? links.page(result.page() - 1) : "",
                result.hasNext() ? links.page(result.page() + 1) : "");
    }

    /** @return the event a detail page shows: the content's {@code @id} read from the events workspace */
    public EventView event(Map<String, Object> content) throws RepositoryException {
        Session session = events.open();
        try {
            return views.view(session.getNodeByIdentifier(String.valueOf(content.get("@id"))));
        } finally {
            session.logout();
        }
    }

    /** @return the URL of the events page, in the request's language */
    public String eventsPageLink() {
        return detailBase;
    }

    private List<EventView> views(List<CatalogEntry> entries, int teaserLength) throws RepositoryException {
        Session session = events.open();
        try {
            List<EventView> items = new ArrayList<>();
            for (CatalogEntry entry : entries) {
                try {
                    Node node = session.getNodeByIdentifier(entry.id());
                    EventView view = views.view(node);
                    items.add(view.withTeaser(teasers.cut(view.teaser(), Math.max(4, teaserLength))));
                } catch (ItemNotFoundException unpublishedMeanwhile) {
                    // the catalog is reloaded after this unpublication; until then the event is left out
                }
            }
            return items;
        } finally {
            session.logout();
        }
    }

    private static SortOrder order(String sort, Map<String, Object> component) {
        if (sort != null && !sort.isEmpty()) {
            return SortOrder.of(sort).orElseThrow(() -> new InvalidParameterException("sort",
                    "must be one of upcoming-first, upcoming, past, published"));
        }
        return SortOrder.of(String.valueOf(component.get(EventListProperties.SORT_ORDER)))
                .orElse(SortOrder.UPCOMING_FIRST);
    }

    private static int pageNumber(String page) {
        if (page == null || page.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page);
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("page", "must be a whole number from 1 to " + MAX_PAGE);
    }

    private static int positive(Object value, int fallback) {
        try {
            int n = value == null ? fallback : Integer.parseInt(String.valueOf(value).trim());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
