package dev.events.author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the editor's inputs hold, keyed by input name: {@code title}, {@code title_fr}, {@code startDate} and
 * {@code startDate.time}, {@code allDay} ("true" or absent); a list of strings for a multi-value field; a list of
 * row maps ({@code label}, {@code label_fr}, {@code href}) for a multi field.
 */
public final class EditorValues {

    /** The most rows a multi field takes from a form. */
    static final int MAX_ROWS = 50;
    static final String TIME = ".time";
    /** Key of a row's position in the submitted form; not a property. */
    static final String FORM_ROW = "_row";

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** @return the values a submitted form holds, read with {@code parameter} and {@code parameters} */
    static EditorValues fromForm(List<EditorTab> tabs, Function<String, String> parameter,
            Function<String, String[]> parameters) {
        EditorValues form = new EditorValues();
        for (EditorTab tab : tabs) {
            for (EditorField field : tab.fields()) {
                if (!field.readOnly()) {
                    form.read(field, parameter, parameters);
                }
            }
        }
        return form;
    }

    private void read(EditorField field, Function<String, String> parameter, Function<String, String[]> parameters) {
        switch (field.type()) {
            case "jcrMultiValueField" -> values.put(field.name(), nonEmpty(parameters.apply(field.name())));
            case "jcrMultiField" -> values.put(field.name(), rows(field, parameter));
            case "checkBoxField" -> put(field.name(), parameter.apply(field.name()) == null ? "" : "true");
            default -> {
                put(field.name(), parameter.apply(field.name()));
                if (field.time()) {
                    put(field.name() + TIME, parameter.apply(field.name() + TIME));
                }
                if (field.i18n()) {
                    put(field.name() + "_fr", parameter.apply(field.name() + "_fr"));
                }
            }
        }
    }

    private static List<Map<String, String>> rows(EditorField field, Function<String, String> parameter) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            String prefix = field.name() + "." + i + ".";
            for (EditorField cell : field.children()) {
                putIfText(row, cell.name(), parameter.apply(prefix + cell.name()));
                if (cell.i18n()) {
                    putIfText(row, cell.name() + "_fr", parameter.apply(prefix + cell.name() + "_fr"));
                }
            }
            if (!row.isEmpty()) {
                // the row's place in the submitted form, where its file input is
                row.put(FORM_ROW, String.valueOf(i));
                rows.add(row);
            }
        }
        return rows;
    }

    private static void putIfText(Map<String, String> row, String key, String value) {
        if (value != null && !value.isBlank()) {
            row.put(key, value.strip());
        }
    }

    private static List<String> nonEmpty(String[] values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    out.add(value.strip());
                }
            }
        }
        return out;
    }

    /** @return the values of a new event: each field's default */
    static EditorValues defaults(List<EditorTab> tabs) {
        EditorValues values = new EditorValues();
        for (EditorTab tab : tabs) {
            for (EditorField field : tab.fields()) {
                if (field.multiple()) {
                    values.put(field.name(), List.of());
                } else {
                    values.put(field.name(), field.defaultValue());
                }
            }
        }
        return values;
    }

    /** Sets an input's text; null counts as empty. */
    public void put(String name, String value) {
        values.put(name, value == null ? "" : value);
    }

    /** Sets a multi-value or multi field's values. */
    public void put(String name, List<?> list) {
        values.put(name, list);
    }

    /** @return the text of an input, or empty */
    public String text(String name) {
        Object value = values.get(name);
        return value instanceof String text ? text : "";
    }

    /** @return the values of a multi-value field, or the rows of a multi field */
    public List<?> list(String name) {
        Object value = values.get(name);
        return value instanceof List<?> list ? list : List.of();
    }

    /** @return every value, for the template */
    public Map<String, Object> asMap() {
        return values;
    }
}
