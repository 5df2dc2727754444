package dev.events.definition;

import java.util.List;

/**
 * An area of a page template.
 *
 * @param name                the area name, also the name of its {@code mgnl:area} node
 * @param type                {@code list} (default), {@code single} or {@code noComponent}
 * @param availableComponents the ids of the component templates allowed in the area, in order
 * @param maxComponents       the most components the area takes, or null for no limit
 * @param templateScript      a custom area script, or null for the default rendering
 */
public record AreaDefinition(String name, String type, List<String> availableComponents, Integer maxComponents,
        String templateScript) {
}
