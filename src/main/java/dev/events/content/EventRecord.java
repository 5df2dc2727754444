package dev.events.content;

import java.util.List;
import java.util.Map;

/**
 * One validated event of an import file, ready to write.
 *
 * @param name       the node name, also the URL name ({@code /events/{name}})
 * @param properties property values by stored name ({@code title}, {@code title_fr}): String, Boolean,
 *                   {@link java.util.Calendar} or {@code List<String>}
 * @param links      the links, each a map of link property names ({@code label}, {@code label_fr}, {@code href})
 */
public record EventRecord(String name, Map<String, Object> properties, List<Map<String, String>> links) {
}
