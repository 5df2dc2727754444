package dev.events.content;

import java.util.List;

/**
 * The property names of an Event, shared by the content type ({@code contentTypes/event.yaml}), the dialogs,
 * the templates, the import format and the Java code. Translations add {@code _<language>}: {@code title_fr}.
 */
public final class EventProperties {

    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String ALL_DAY = "allDay";
    public static final String TIME_ZONE = "timeZone";
    public static final String LOCATION = "location";
    public static final String VENUE = "venue";
    public static final String ROOM = "room";
    public static final String CITY = "city";
    public static final String COUNTRY = "country";
    public static final String ONLINE_URL = "onlineUrl";
    /** Coordinates of the place, in decimal degrees (WGS 84). */
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String TEASER = "teaser";
    public static final String BODY = "body";
    public static final String IMAGE = "image";
    public static final String LINKS = "links";
    public static final String CATEGORIES = "categories";
    public static final String STATUS = "status";
    /** The start the event had before it was rescheduled or postponed. */
    public static final String PREVIOUS_START_DATE = "previousStartDate";
    /** Who organizes the event (schema.org {@code organizer}). */
    public static final String ORGANIZER_NAME = "organizerName";
    public static final String ORGANIZER_URL = "organizerUrl";
    public static final String ORGANIZER_EMAIL = "organizerEmail";
    /** The tickets (schema.org {@code offers}): a decimal price, an ISO 4217 currency, where and from when. */
    public static final String PRICE = "price";
    public static final String PRICE_CURRENCY = "priceCurrency";
    public static final String REGISTRATION_URL = "registrationUrl";
    public static final String OFFER_VALID_FROM = "offerValidFrom";
    public static final String PUBLISHED = "published";

    /** Properties of a link (the {@code link} sub-model). */
    public static final String LINK_LABEL = "label";
    public static final String LINK_HREF = "href";
    public static final String LINK_ASSET = "asset";

    /** The values {@link #STATUS} takes. */
    public static final List<String> STATUSES =
            List.of("scheduled", "cancelled", "postponed", "rescheduled", "movedOnline");

    /** The languages content is translated into; the first is the default, stored without suffix. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private EventProperties() {
    }
}
