package dev.events.definition;

import java.util.List;

/**
 * A dialog ({@code dialogs/components/x.yaml}) or the form of a content app.
 *
 * @param id     the definition id, {@code module:components/name}
 * @param label  the label (may be an i18n key), or null
 * @param fields the fields in declaration order
 * @param tabs   the tabs of a {@code tabbedLayout}, empty when the form has none
 */
public record DialogDefinition(String id, String label, List<FieldDefinition> fields, List<TabDefinition> tabs) {
}
