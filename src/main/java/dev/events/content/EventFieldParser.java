package dev.events.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.events.content.EventImportReader.ProblemSink;
import dev.events.definition.ContentTypeDefinition;
import dev.events.definition.PropertyDefinition;

/**
 * Turns the JSON fields of one event into typed property values, driven by the content type's model, so that a
 * property added to {@code contentTypes/event.yaml} is importable without code.
 */
final class EventFieldParser {

    private final ContentTypeDefinition type;
    private final EventRules rules = new EventRules();
    private final RichText richText = new RichText();

    EventFieldParser(ContentTypeDefinition type) {
        this.type = type;
    }

    /** @return the values of every field but {@code name} and the links, by stored property name */
    Map<String, Object> properties(JsonNode event, ProblemSink problems) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        ProblemSink sink = (field, message) -> {
            reported.add(field);
            problems.add(field, message);
        };
        ZoneId zone = rules.zone(event.path(EventProperties.TIME_ZONE), sink);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals("name") || key.equals(EventProperties.LINKS)) {
                continue;
            }
            definition(key, sink).ifPresent(def -> value(key, def, field.getValue(), zone, sink)
                    .ifPresent(v -> values.put(key, v)));
        }
        requireAll(values, reported, sink);
        ImportDates.deriveAllDay(event, values, sink);
        rules.check(values, reported, sink);
        return values;
    }

    /** @return the event's links, each a map of link property names to text */
    List<Map<String, String>> links(JsonNode event, ProblemSink sink) {
        JsonNode links = event.path(EventProperties.LINKS);
        List<Map<String, String>> result = new ArrayList<>();
        if (links.isMissingNode() || links.isNull()) {
            return result;
        }
        if (!links.isArray()) {
            sink.add(EventProperties.LINKS, "must be an array of {\"label\", \"href\"} objects");
            return result;
        }
        for (int i = 0; i < links.size(); i++) {
            rules.link(links.get(i), EventProperties.LINKS + "[" + i + "]", sink).ifPresent(result::add);
        }
        return result;
    }

    private Optional<PropertyDefinition> definition(String key, ProblemSink sink) {
        String base = baseName(key);
        Optional<PropertyDefinition> def = type.properties().stream()
                .filter(p -> p.name().equals(base) && (base.equals(key) || p.i18n())).findFirst();
        if (def.isEmpty()) {
            sink.add(key, "unknown field; the " + type.name() + " content type has "
                    + type.properties().stream().map(PropertyDefinition::name).toList()
                    + " (translations of i18n fields as name_fr)");
        }
        return def;
    }

    /** @return {@code title} for {@code title_fr}; the key itself when it has no language suffix */
    static String baseName(String key) {
        for (String language : EventProperties.LANGUAGES.subList(1, EventProperties.LANGUAGES.size())) {
            if (key.endsWith("_" + language)) {
                return key.substring(0, key.length() - language.length() - 1);
            }
        }
        return key;
    }

    /** Reports required fields without a value, unless their value was reported wrong already. */
    private void requireAll(Map<String, Object> values, java.util.Set<String> reported, ProblemSink sink) {
        for (PropertyDefinition p : type.properties()) {
            if (p.required() && !values.containsKey(p.name()) && !reported.contains(p.name())) {
                sink.add(p.name(), "required");
            }
        }
    }

    private Optional<Object> value(String key, PropertyDefinition def, JsonNode node, ZoneId zone,
            ProblemSink sink) {
        if (node.isNull()) {
            return Optional.empty();
        }
        if (def.multiple()) {
            return strings(key, node, sink).filter(v -> rules.fits(key, v, sink));
        }
        Optional<Object> value = switch (def.type().toLowerCase(java.util.Locale.ROOT)) {
            case "boolean" -> node.isBoolean()
                    ? Optional.of(node.booleanValue()) : fail(key, "must be true or false", sink);
            case "date" -> date(key, node, zone, sink);
            case "double" -> number(key, node, sink);
            case "richtext" -> text(key, node, sink).map(html -> richText.sanitize((String) html));
            default -> text(key, node, sink);
        };
        return value.filter(v -> rules.fits(key, v, sink));
    }

    private static Optional<Object> text(String key, JsonNode node, ProblemSink sink) {
        if (!node.isTextual()) {
            return fail(key, "must be a string", sink);
        }
        String text = node.textValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Object> strings(String key, JsonNode node, ProblemSink sink) {
        List<String> values = new ArrayList<>();
        if (!node.isArray()) {
            return fail(key, "must be an array of strings", sink);
        }
        for (JsonNode item : node) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                return fail(key, "must be an array of non-empty strings", sink);
            }
            values.add(item.textValue().strip());
        }
        return Optional.of(values);
    }

    private static Optional<Object> date(String key, JsonNode node, ZoneId zone, ProblemSink sink) {
        if (!node.isTextual()) {
            return fail(key, "must be a string; " + ImportDates.FORMATS, sink);
        }
        try {
            return Optional.of(ImportDates.parse(node.textValue().strip(), zone));
        } catch (DateTimeException e) {
            return fail(key, e.getMessage(), sink);
        }
    }

    /** @return a finite number given as a JSON number or as decimal text (what a form sends) */
    private static Optional<Object> number(String key, JsonNode node, ProblemSink sink) {
        try {
            double value = node.isNumber() ? node.doubleValue()
                    : node.isTextual() ? Double.parseDouble(node.textValue().strip()) : Double.NaN;
            if (Double.isFinite(value) && (node.isNumber() || !node.textValue().isBlank())) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return node.isTextual() && node.textValue().isBlank() ? Optional.empty()
                : fail(key, "must be a decimal number, e.g. 34.7108", sink);
    }

    private static Optional<Object> fail(String key, String message, ProblemSink sink) {
        sink.add(key, message);
        return Optional.empty();
    }
}
