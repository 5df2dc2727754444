package dev.events.definition;

import java.util.List;

/**
 * A sub-model of a content type: child nodes of the item (e.g. an event's links).
 *
 * @param name       the sub-model name, also what a property's {@code type} refers to
 * @param nodeType   the node type of the child nodes, {@code mgnl:contentNode} by default
 * @param properties the sub-model's properties
 */
public record SubModelDefinition(String name, String nodeType, List<PropertyDefinition> properties) {
}
