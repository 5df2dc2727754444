package dev.events.author;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the editor's values into an event in the import format, so that the editor and imports obey one set
 * of rules ({@link dev.events.content.EventImportReader#readOne}).
 */
final class EditorJson {

    private EditorJson() {
    }

    static ObjectNode of(List<EditorTab> tabs, EditorValues values) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        for (EditorTab tab : tabs) {
            for (EditorField field : tab.fields()) {
                if (!field.readOnly()) {
                    put(event, field, values);
                }
            }
        }
        return event;
    }

    private static void put(ObjectNode event, EditorField field, EditorValues values) {
        String name = field.name();
        switch (field.type()) {
            case "checkBoxField" -> event.put(name, values.text(name).equals("true"));
            case "jcrMultiValueField" -> event.set(name, strings(values.list(name)));
            case "jcrMultiField" -> event.set(name, rows(values.list(name)));
            case "dateField" -> text(event, name, date(values.text(name), values.text(name + EditorValues.TIME)));
            default -> text(event, name, values.text(name));
        }
        if (field.i18n()) {
            text(event, name + "_fr", values.text(name + "_fr"));
        }
    }

    /** @return {@code 2017-10-05}, {@code 2017-10-05T13:00}, or the time alone so that validation names it */
    private static String date(String date, String time) {
        if (time.isBlank()) {
            return date;
        }
        return date.isBlank() ? "T" + time.strip() : date.strip() + "T" + time.strip();
    }

    private static void text(ObjectNode event, String name, String value) {
        if (!value.isBlank()) {
            event.put(name, value.strip());
        }
    }

    private static JsonNode strings(List<?> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> array.add(String.valueOf(v)));
        return array;
    }

    private static JsonNode rows(List<?> rows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Object row : rows) {
            ObjectNode object = array.addObject();
            ((Map<?, ?>) row).forEach((k, v) -> {
                if (!EditorValues.FORM_ROW.equals(k) && !String.valueOf(v).isEmpty()) {
                    object.put(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        return array;
    }
}
