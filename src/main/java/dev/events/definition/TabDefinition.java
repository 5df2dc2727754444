package dev.events.definition;

import java.util.List;

/**
 * A tab of a tabbed form layout.
 *
 * @param name   the tab name
 * @param label  the label, or null
 * @param fields the names of the fields on the tab
 */
public record TabDefinition(String name, String label, List<String> fields) {
}
