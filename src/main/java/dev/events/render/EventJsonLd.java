package dev.events.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An event as schema.org {@code Event} in JSON-LD, for search engines: built as a Jackson tree and written by
 * {@link ScriptSafeJson}, so that no text of the event can close the {@code <script>} element the page embeds it
 * in. Google's required properties are {@code name}, {@code startDate} and {@code location}; the others are
 * written when the event has them. Times carry the offset they have in the event's zone; all-day events have
 * dates only, the last day as {@code endDate}. Offers carry no {@code availability}: the site does not know
 * whether tickets remain.
 */
final class EventJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "https://schema.org/";

    private EventJsonLd() {
    }

    /**
     * @param url      the absolute address of the event's page
     * @param language the page's language, e.g. {@code fr}
     * @param absolute turns a site path (the image's) into an absolute address
     * @return the JSON text, safe inside {@code <script type="application/ld+json">}
     */
    static String of(EventView event, String url, Locale language, UnaryOperator<String> absolute) {
        ObjectNode json = JSON.createObjectNode().put("@context", "https://schema.org").put("@type", "Event");
        json.put("name", event.title());
        putIfPresent(json, "description", event.teaser());
        json.put("url", url).put("inLanguage", language.toLanguageTag());
        when(json, event);
        AttendanceMode mode = AttendanceMode.valueOf(event.attendanceMode().toUpperCase(Locale.ROOT));
        json.put("eventAttendanceMode", mode.schemaOrg());
        location(json, event, mode, url);
        if (!event.image().isEmpty()) {
            json.putArray("image").add(absolute.apply(event.image()));
        }
        organizer(json, event.facts().organizer());
        offer(json, event.facts().offer());
        return ScriptSafeJson.write(json);
    }

    /** The dates, the status ({@code movedOnline} is {@code EventMovedOnline}) and the previous start. */
    private static void when(ObjectNode json, EventView event) {
        EventFacts facts = event.facts();
        json.put("startDate", date(facts.time().start(), facts.time().allDay()));
        putIfPresent(json, "endDate", endDate(facts));
        json.put("eventStatus", SCHEMA + "Event" + Character.toUpperCase(event.status().charAt(0))
                + event.status().substring(1));
        if (facts.previousStart() != null) {
            json.put("previousStartDate", date(facts.previousStart(), facts.time().allDay()));
        }
    }

    private static String endDate(EventFacts facts) {
        if (facts.time().allDay()) {
            return facts.time().lastDay().toString();
        }
        ZonedDateTime end = facts.time().end();
        return end != null && end.isAfter(facts.time().start()) ? date(end, false) : "";
    }

    /** @return a date for all-day events, else the time with its offset in the event's zone */
    private static String date(ZonedDateTime time, boolean allDay) {
        return allDay ? time.toLocalDate().toString() : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Online events are a virtual location, mixed ones both, others the place when it is known. */
    private static void location(ObjectNode json, EventView event, AttendanceMode mode, String pageUrl) {
        EventFacts facts = event.facts();
        // an online event without its address still happens "at" its page, which says how to join
        ObjectNode virtual = JSON.createObjectNode().put("@type", "VirtualLocation")
                .put("url", facts.onlineUrl().isEmpty() ? pageUrl : facts.onlineUrl());
        if (mode == AttendanceMode.ONLINE) {
            json.set("location", virtual);
        } else if (mode == AttendanceMode.MIXED) {
            json.putArray("location").add(place(event)).add(virtual);
        } else if (facts.place().isKnown()) {
            json.set("location", place(event));
        }
    }

    private static ObjectNode place(EventView event) {
        EventFacts.Place place = event.facts().place();
        ObjectNode json = JSON.createObjectNode().put("@type", "Place")
                .put("name", place.venue().isEmpty() ? event.locationLine() : place.venue());
        if (place.city().isEmpty() && place.country().isEmpty()) {
            json.put("address", event.locationLine());
        } else {
            ObjectNode address = json.putObject("address").put("@type", "PostalAddress");
            putIfPresent(address, "addressLocality", place.city());
            putIfPresent(address, "addressCountry", place.country().toUpperCase(Locale.ROOT));
        }
        if (place.latitude() != null && place.longitude() != null) {
            json.putObject("geo").put("@type", "GeoCoordinates").put("latitude", place.latitude())
                    .put("longitude", place.longitude());
        }
        return json;
    }

    private static void organizer(ObjectNode json, EventFacts.Organizer organizer) {
        if (organizer.isKnown()) {
            ObjectNode node = json.putObject("organizer").put("@type", "Organization");
            putIfPresent(node, "name", organizer.name());
            putIfPresent(node, "url", organizer.url());
            putIfPresent(node, "email", organizer.email());
        }
    }

    private static void offer(ObjectNode json, EventFacts.Offer offer) {
        if (offer.isKnown()) {
            ObjectNode node = json.putObject("offers").put("@type", "Offer");
            putIfPresent(node, "price", offer.price());
            putIfPresent(node, "priceCurrency", offer.currency());
            putIfPresent(node, "url", offer.url());
            if (offer.validFrom() != null) {
                node.put("validFrom", offer.validFrom().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
        }
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value);
        }
    }
}
