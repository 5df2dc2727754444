package dev.events.render;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.Translations;

/**
 * What structured data and calendar links need of an event beyond the text a page shows: times as values, the
 * parts of the place, the organizer and the tickets. Strings are empty when not set.
 *
 * @param time          when the event happens, in its own zone
 * @param previousStart the start before it was rescheduled or postponed, in the event's zone, or null
 * @param place         where it happens
 * @param onlineUrl     where it is followed online, or empty
 * @param organizer     who organizes it
 * @param offer         its tickets
 */
public record EventFacts(EventTime time, ZonedDateTime previousStart, Place place, String onlineUrl,
        Organizer organizer, Offer offer) {

    /**
     * @param location  the editor's free-text location line (translated), or empty
     * @param country   an ISO 3166 alpha-2 code, or empty
     * @param latitude  decimal degrees, or null
     * @param longitude decimal degrees, or null
     */
    public record Place(String location, String venue, String room, String city, String country, Double latitude,
            Double longitude) {

        /** @return whether any part of a physical place is known */
        public boolean isKnown() {
            return !(location + venue + city + country).isBlank();
        }
    }

    /** The organizer (schema.org {@code Organization}). */
    public record Organizer(String name, String url, String email) {

        /** @return whether anything is known of the organizer */
        public boolean isKnown() {
            return !(name + url + email).isBlank();
        }
    }

    /**
     * The tickets (schema.org {@code Offer}).
     *
     * @param price     a decimal number as entered ({@code 120.50}), or empty
     * @param currency  an ISO 4217 code, or empty
     * @param url       where to register, or empty
     * @param validFrom when registration opens, in the event's zone, or null
     */
    public record Offer(String price, String currency, String url, ZonedDateTime validFrom) {

        /** @return whether there is a price or a registration address */
        public boolean isKnown() {
            return !(price + url).isBlank();
        }
    }

    /** Reads the facts of an event node, translatable texts in {@code locale}. */
    static EventFacts read(Node event, Locale locale) throws RepositoryException {
        EventTime time = EventTime.of(event);
        ZoneId zone = EventTime.zone(event);
        Place place = new Place(Translations.text(event, EventProperties.LOCATION, locale),
                text(event, EventProperties.VENUE), text(event, EventProperties.ROOM),
                text(event, EventProperties.CITY), text(event, EventProperties.COUNTRY),
                number(event, EventProperties.LATITUDE), number(event, EventProperties.LONGITUDE));
        Organizer organizer = new Organizer(text(event, EventProperties.ORGANIZER_NAME),
                text(event, EventProperties.ORGANIZER_URL), text(event, EventProperties.ORGANIZER_EMAIL));
        Offer offer = new Offer(text(event, EventProperties.PRICE), text(event, EventProperties.PRICE_CURRENCY),
                text(event, EventProperties.REGISTRATION_URL), date(event, EventProperties.OFFER_VALID_FROM, zone));
        return new EventFacts(time, date(event, EventProperties.PREVIOUS_START_DATE, zone), place,
                text(event, EventProperties.ONLINE_URL), organizer, offer);
    }

    private static String text(Node event, String name) throws RepositoryException {
        return event.hasProperty(name) ? event.getProperty(name).getString().strip() : "";
    }

    private static Double number(Node event, String name) throws RepositoryException {
        return event.hasProperty(name) ? event.getProperty(name).getDouble() : null;
    }

    /** @return a date property as a time in the event's zone, as the start is */
    private static ZonedDateTime date(Node event, String name, ZoneId zone) throws RepositoryException {
        return event.hasProperty(name) ? event.getProperty(name).getDate().toInstant().atZone(zone) : null;
    }
}
