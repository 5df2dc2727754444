package dev.events.definition;

import java.util.List;
import java.util.Map;

/**
 * A form field of a dialog or content-app form.
 *
 * @param name         the field name, which is also the stored property name
 * @param type         the Magnolia {@code $type} alias, e.g. {@code textField}; the simple class name's alias when
 *                     the field was given by {@code class}
 * @param label        the label (may be an i18n key), or null
 * @param required     whether a value is required
 * @param i18n         whether the value is stored per language ({@code title_fr})
 * @param supported    false when this runtime does not edit the type yet: it then edits as plain text
 * @param children     the inner fields of a composite or multi field, empty otherwise
 * @param options      the remaining keys of the field (rows, defaultValue, datasource, ...) as parsed
 */
public record FieldDefinition(String name, String type, String label, boolean required, boolean i18n,
        boolean supported, List<FieldDefinition> children, Map<String, Object> options) {
}
