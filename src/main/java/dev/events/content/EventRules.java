package dev.events.content;

import java.time.ZoneId;
import java.util.Calendar;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.events.content.EventImportReader.ProblemSink;

/** The rules an Event obeys beyond its field types: a real zone, an end after the start, known codes. */
final class EventRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Copied once: the JDK builds a new set of some 600 ids on each call, twice per imported event. */
    private static final Set<String> ZONES = Set.copyOf(java.time.ZoneId.getAvailableZoneIds());
    private static final Set<String> LINK_KEYS = Set.of(EventProperties.LINK_LABEL, EventProperties.LINK_HREF,
            EventProperties.LINK_ASSET, EventProperties.LINK_LABEL + "_fr");

    /** Longest text per property, in characters; others take {@link #MAX_TEXT}. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(EventProperties.TEASER, 5_000,
            EventProperties.BODY, 200_000);
    private static final int MAX_TEXT = 1_000;
    private static final int MAX_VALUES = 100;

    /** @return true when the value is not too long (or too many); else reports it */
    boolean fits(String key, Object value, ProblemSink sink) {
        if (value instanceof List<?> list && list.size() > MAX_VALUES) {
            sink.add(key, "has " + list.size() + " values; at most " + MAX_VALUES);
            return false;
        }
        int max = MAX_LENGTHS.getOrDefault(EventFieldParser.baseName(key), MAX_TEXT);
        boolean tooLong = value instanceof String text ? text.length() > max
                : value instanceof List<?> list && list.stream().anyMatch(v -> String.valueOf(v).length() > max);
        if (tooLong) {
            sink.add(key, "is longer than " + max + " characters");
        }
        return !tooLong;
    }

    /** @return the event's IANA zone; UTC (with a problem) when it is missing or invalid */
    ZoneId zone(JsonNode value, ProblemSink sink) {
        String id = value.asText("");
        if (value.isMissingNode() || id.isBlank()) {
            return ZoneId.of("UTC");
        }
        if (!ZONES.contains(id)) {
            sink.add(EventProperties.TIME_ZONE, "not an IANA time zone id: \"" + id + "\" (e.g. Europe/Paris)");
            return ZoneId.of("UTC");
        }
        return ZoneId.of(id);
    }

    /** @param reported the fields reported wrong already, which are not reported again as missing */
    void check(Map<String, Object> values, Set<String> reported, ProblemSink sink) {
        if (values.get(EventProperties.START_DATE) instanceof Calendar start
                && values.get(EventProperties.END_DATE) instanceof Calendar end && end.before(start)) {
            sink.add(EventProperties.END_DATE, "is before startDate");
        }
        Object status = values.get(EventProperties.STATUS);
        if (status != null && !EventProperties.STATUSES.contains(status)) {
            sink.add(EventProperties.STATUS, "must be one of " + EventProperties.STATUSES);
        }
        if (values.get(EventProperties.ONLINE_URL) instanceof String url && !webAddress(url)) {
            sink.add(EventProperties.ONLINE_URL, "must be a web address starting with https:// or http://");
        }
        Object country = values.get(EventProperties.COUNTRY);
        if (country != null && !COUNTRIES.contains(country)) {
            sink.add(EventProperties.COUNTRY, "not an ISO 3166 alpha-2 country code: \"" + country + "\"");
        }
        new DetailRules(sink).check(values, reported);
    }

    /** @return the link's texts, or empty (with a problem) when it is not a valid link */
    Optional<Map<String, String>> link(JsonNode link, String field, ProblemSink sink) {
        if (!link.isObject()) {
            sink.add(field, "a link must be an object with \"label\" and \"href\"");
            return Optional.empty();
        }
        return linkTexts(link, field, sink).filter(texts -> valid(texts, field, sink));
    }

    private static Optional<Map<String, String>> linkTexts(JsonNode link, String field, ProblemSink sink) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = link.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!LINK_KEYS.contains(e.getKey()) || !e.getValue().isTextual()) {
                sink.add(field + "." + e.getKey(), "unknown key or not a string; a link has " + LINK_KEYS);
                return Optional.empty();
            }
            texts.put(e.getKey(), e.getValue().textValue().strip());
        }
        return Optional.of(texts);
    }

    private static boolean valid(Map<String, String> link, String field, ProblemSink sink) {
        String href = link.getOrDefault(EventProperties.LINK_HREF, "");
        if (link.getOrDefault(EventProperties.LINK_LABEL, "").isEmpty()) {
            sink.add(field + ".label", "required");
        } else if (href.isEmpty() && link.getOrDefault(EventProperties.LINK_ASSET, "").isEmpty()) {
            sink.add(field + ".href", "required (or an asset)");
        } else if (!safeHref(href)) {
            sink.add(field + ".href", "must be a path on this site (/...) or an http(s) or mailto URL");
        } else {
            return true;
        }
        return false;
    }

    private static boolean safeHref(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        boolean localPath = lower.startsWith("/") && !lower.startsWith("//") && !lower.startsWith("/\\")
                && parses(href);
        return href.isEmpty() || localPath || webAddress(href) || (lower.startsWith("mailto:") && parses(href));
    }

    /** @return true for an absolute http(s) URL with a host */
    static boolean webAddress(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(String url) {
        try {
            new java.net.URI(url);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
