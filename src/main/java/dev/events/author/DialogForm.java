package dev.events.author;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.events.definition.DialogDefinition;
import dev.events.definition.FieldDefinition;

/**
 * A component's (or page's) dialog as the author UI shows and checks it: the form built from the dialog
 * definition like the event editor's, and each field's definition for what the form does not show (the value
 * type of a text field, the workspace a link field points into).
 *
 * @param definition the dialog
 * @param title      its label, translated
 * @param tabs       the form
 */
record DialogForm(DialogDefinition definition, String title, List<EditorTab> tabs) {

    /** @return the dialog's form, built with the event editor's pieces */
    static DialogForm of(DialogDefinition dialog, EditorForms forms) {
        return new DialogForm(dialog, forms.title(dialog), forms.dialog(dialog));
    }

    /** How a field's value is stored. */
    enum Kind { TEXT, LONG, DOUBLE, BOOLEAN, DATE, OPTION, EVENT_LINK, MULTI, RICH_TEXT }

    /** @return each field by name, in the order of the form */
    Map<String, EditorField> fields() {
        Map<String, EditorField> fields = new LinkedHashMap<>();
        tabs.forEach(tab -> tab.fields().forEach(f -> fields.put(f.name(), f)));
        return fields;
    }

    /** @return how the field is stored: its type, and for text fields the {@code type} option (Long, Double) */
    Kind kind(EditorField field) {
        FieldDefinition def = definition.fields().stream().filter(f -> f.name().equals(field.name())).findFirst()
                .orElse(null);
        Map<String, Object> options = def == null ? Map.of() : def.options();
        return switch (field.type()) {
            case "checkBoxField" -> Kind.BOOLEAN;
            case "dateField" -> Kind.DATE;
            case "comboBoxField" -> field.options().isEmpty() ? Kind.TEXT : Kind.OPTION;
            case "linkField" -> "events".equals(workspace(options)) ? Kind.EVENT_LINK : Kind.TEXT;
            case "jcrMultiValueField", "jcrMultiField" -> Kind.MULTI;
            case "richTextField" -> Kind.RICH_TEXT;
            default -> valueType(String.valueOf(options.getOrDefault("type", "")));
        };
    }

    private static Kind valueType(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (simple) {
            case "long", "integer", "short" -> Kind.LONG;
            case "double", "float", "bigdecimal" -> Kind.DOUBLE;
            case "boolean" -> Kind.BOOLEAN;
            default -> Kind.TEXT;
        };
    }

    /** @return the workspace of a link field: its datasource's {@code workspace}, else {@code targetWorkspace} */
    private static String workspace(Map<String, Object> options) {
        Object datasource = options.get("datasource");
        if (datasource instanceof Map<?, ?> map && map.get("workspace") != null) {
            return String.valueOf(map.get("workspace"));
        }
        Object target = options.getOrDefault("targetWorkspace", options.get("appName"));
        return target == null ? "" : String.valueOf(target);
    }
}
