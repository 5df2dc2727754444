package dev.events.render;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventCatalog;
import dev.events.content.SessionSource;

/**
 * {@code eventfn}: the event functions templates call, one per component, each giving the component's model.
 * Takes component content as a plain {@code Map} (Magnolia's ContentMap is one too) and query parameters as
 * {@code ctx.parameters} gives them, and needs only {@code javax.jcr} and the JDK, so Magnolia can register it as
 * a renderer context attribute. Reads the public repository only: its catalog and sessions are the public ones.
 * One instance serves one request.
 */
public final class EventTemplatingFunctions {

    private final SessionSource events;
    private final String detailBase;
    private final EventViews views;
    private final EventListing listings;
    private final EventTeasers teasers;
    private final EventCalendars calendars;
    private final EventFilters filters;

    /**
     * @param events     sessions on the public {@code events} workspace
     * @param now        the time listings are computed for
     * @param detailBase the path detail pages hang below, e.g. {@code /fr/events}
     * @param links      builds the links to other pages and filters of the current page
     */
    public EventTemplatingFunctions(EventCatalog catalog, SessionSource events, Locale locale, Instant now,
            String detailBase, PageLinks links) {
        this(catalog, events, locale, now, detailBase, links, new Expiry());
    }

    /**
     * @param expiry where models record when the passing of time changes what they show, beyond the starts and
     *               ends of events (the calendar's midnight)
     * @see #EventTemplatingFunctions(EventCatalog, SessionSource, Locale, Instant, String, PageLinks)
     */
    public EventTemplatingFunctions(EventCatalog catalog, SessionSource events, Locale locale, Instant now,
            String detailBase, PageLinks links, Expiry expiry) {
        this.events = events;
        this.detailBase = detailBase;
        this.views = new EventViews(locale, detailBase);
        EventLoader loader = new EventLoader(events, views, locale);
        FullText fullText = new FullText(events);
        CalendarText text = new CalendarText(locale);
        this.listings = new EventListing(catalog, loader, fullText, links, now);
        this.teasers = new EventTeasers(catalog, loader, now);
        this.calendars = new EventCalendars(catalog, loader, links, text, now, detailBase, expiry);
        this.filters = new EventFilters(catalog, fullText, new FilterFacets(links, text, locale), links, now);
    }

    /**
     * One page of an event-list component: {@code eventfn.listing(content, ctx.parameters)}.
     *
     * @param component  the component's content (see {@link EventListProperties})
     * @param parameters the query parameters: {@code sort} overrides the component's order, {@code page} (default
     *                   1), and the filters of {@link EventQuery}
     */
    public EventListModel listing(Map<String, Object> component, Map<String, ?> parameters)
            throws RepositoryException {
        return listings.listing(component, parameters);
    }

    /**
     * An event-teaser component: {@code eventfn.teaser(content)}.
     *
     * @param component the component's content (see {@link EventTeaserProperties})
     */
    public EventTeaserModel teaser(Map<String, Object> component) throws RepositoryException {
        return teasers.teaser(component);
    }

    /**
     * An event-calendar component: {@code eventfn.calendar(content, ctx.getParameter("month")!"")}.
     *
     * @param component the component's content (see {@link EventCalendarProperties})
     * @param month     the {@code month} parameter, {@code 2017-10}, or empty for the current month
     */
    public EventCalendarModel calendar(Map<String, Object> component, String month) throws RepositoryException {
        return calendars.calendar(component, month);
    }

    /**
     * An event-filter component: {@code eventfn.filter(content, ctx.parameters)}.
     *
     * @param component  the component's content (see {@link EventFilterProperties})
     * @param parameters the query parameters, read as {@link EventQuery}
     */
    public EventFilterModel filter(Map<String, Object> component, Map<String, ?> parameters)
            throws RepositoryException {
        return filters.filter(component, parameters);
    }

    /**
     * @return true when the parameters filter the page's events ({@link EventQuery#isFiltered}): such pages ask
     *         search engines not to index them ({@code robots} macro)
     */
    public boolean isFiltered(Map<String, ?> parameters) {
        return EventQuery.isFiltered(parameters);
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
}
