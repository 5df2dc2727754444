package dev.events.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.JcrValues;
import dev.events.content.Translations;
import dev.events.format.LocationLine;

/** Builds {@link EventView}s from event nodes for one language. Needs only {@code javax.jcr} and the JDK. */
final class EventViews {

    private final LocationLine locations = new LocationLine();
    private final Locale locale;
    private final String detailBase;

    /** @param detailBase the path detail pages hang below, e.g. {@code /fr/events} */
    EventViews(Locale locale, String detailBase) {
        this.locale = locale;
        this.detailBase = detailBase;
    }

    EventView view(Node event) throws RepositoryException {
        EventTime time = EventTime.of(event);
        EventFacts facts = EventFacts.read(event, locale);
        String status = status(event);
        return new EventView(event.getIdentifier(), event.getName(), detailBase + "/" + event.getName(),
                text(event, EventProperties.TITLE), text(event, EventProperties.SUBTITLE), dateLine(time),
                startIso(time), location(event), text(event, EventProperties.TEASER),
                text(event, EventProperties.BODY), links(event), JcrValues.strings(event, EventProperties.CATEGORIES),
                status, asset(text(event, EventProperties.IMAGE)), previousDateLine(facts), facts.onlineUrl(),
                AttendanceMode.of(status, facts.onlineUrl(), facts.place().isKnown()).key(), facts);
    }

    /** @return the stored status; scheduled when there is none, or one import and editor would refuse */
    private static String status(Node event) throws RepositoryException {
        String status = event.hasProperty(EventProperties.STATUS)
                ? event.getProperty(EventProperties.STATUS).getString() : "";
        return EventProperties.STATUSES.contains(status) ? status : EventView.SCHEDULED;
    }

    /** @return the previous start as a date line in the event's zone, with times as the event has them */
    private String previousDateLine(EventFacts facts) {
        if (facts.previousStart() == null) {
            return "";
        }
        return EventDateLine.of(new EventTime(facts.previousStart(), null, facts.time().allDay()), locale);
    }

    private String dateLine(EventTime time) {
        return EventDateLine.of(time, locale);
    }

    private static String startIso(EventTime time) {
        return time.allDay() ? time.start().toLocalDate().toString()
                : time.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private String location(Node event) throws RepositoryException {
        return locations.format(text(event, EventProperties.LOCATION), text(event, EventProperties.VENUE),
                text(event, EventProperties.CITY), text(event, EventProperties.COUNTRY), locale);
    }

    private List<EventView.EventLink> links(Node event) throws RepositoryException {
        List<EventView.EventLink> links = new ArrayList<>();
        if (!event.hasNode(EventProperties.LINKS)) {
            return links;
        }
        for (NodeIterator it = event.getNode(EventProperties.LINKS).getNodes(); it.hasNext();) {
            Node link = it.nextNode();
            String href = text(link, EventProperties.LINK_HREF);
            String asset = text(link, EventProperties.LINK_ASSET);
            if (href.isEmpty()) {
                // documents publish with their event (see Publication)
                href = asset(asset);
            }
            if (!href.isEmpty()) {
                links.add(new EventView.EventLink(text(link, EventProperties.LINK_LABEL), href));
            }
        }
        return links;
    }

    /** @return where visitors get a stored file: {@code /dam/jcr:<uuid>}, or empty for no file */
    private static String asset(String itemKey) {
        return itemKey.startsWith("jcr:") ? "/dam/" + itemKey : "";
    }

    private String text(Node node, String name) throws RepositoryException {
        return Translations.text(node, name, locale);
    }
}
