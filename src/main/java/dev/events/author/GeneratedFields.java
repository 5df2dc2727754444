package dev.events.author;

import java.util.List;
import java.util.Map;

import dev.events.definition.FieldDefinition;
import dev.events.definition.PropertyDefinition;

/** The field Magnolia generates for a content-type property when the app's form does not name one. */
final class GeneratedFields {

    private GeneratedFields() {
    }

    static FieldDefinition of(PropertyDefinition property) {
        String type = switch (property.type().toLowerCase(java.util.Locale.ROOT)) {
            case "boolean" -> "checkBoxField";
            case "date" -> "dateField";
            case "richtext" -> "richTextField";
            case "asset" -> "damLinkField";
            default -> property.multiple() ? "jcrMultiValueField" : "textField";
        };
        Map<String, Object> options = type.equals("dateField") ? Map.of("time", true) : Map.of();
        List<FieldDefinition> children = type.equals("jcrMultiValueField")
                ? List.of(new FieldDefinition(property.name(), "textField", null, false, false, true, List.of(),
                        Map.of()))
                : List.of();
        return new FieldDefinition(property.name(), type, property.name(), property.required(), property.i18n(),
                true, children, options);
    }
}
