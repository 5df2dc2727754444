package dev.events.author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.events.definition.AppDefinition;
import dev.events.definition.ContentTypeDefinition;
import dev.events.definition.DialogDefinition;
import dev.events.definition.FieldDefinition;
import dev.events.definition.PropertyDefinition;
import dev.events.definition.TabDefinition;
import dev.events.render.Messages;

/**
 * Builds the event editor's form from the light module: the app's detail form (field types, tabs) and the
 * content type (required, i18n). Changing the YAML changes the form.
 */
public final class EditorForms {

    private final Messages messages;
    private final Locale locale;

    public EditorForms(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** @return the tabs of the editor, each with its fields; fields no tab names go on a last tab */
    public List<EditorTab> tabs(AppDefinition app, ContentTypeDefinition type) {
        Map<String, EditorField> fields = new LinkedHashMap<>();
        for (FieldDefinition field : fieldsOf(app, type)) {
            fields.put(field.name(), field(field, property(type, field.name())));
        }
        List<EditorTab> tabs = new ArrayList<>();
        for (TabDefinition tab : app.form().tabs()) {
            tabs.add(new EditorTab(tab.name(), text(tab.label(), tab.name()),
                    tab.fields().stream().map(fields::remove).filter(f -> f != null).toList()));
        }
        if (!fields.isEmpty()) {
            tabs.add(new EditorTab("other", text("events.app.form.tabs.other", "Other"), List.copyOf(fields.values())));
        }
        return tabs;
    }

    /**
     * @return the tabs of a component's (or page's) dialog: its tabbed layout, else one tab with every field;
     *         fields no tab names go on a last tab
     */
    public List<EditorTab> dialog(DialogDefinition dialog) {
        Map<String, EditorField> fields = new LinkedHashMap<>();
        for (FieldDefinition field : dialog.fields()) {
            fields.put(field.name(), field(field, Optional.empty()));
        }
        List<EditorTab> tabs = new ArrayList<>();
        for (TabDefinition tab : dialog.tabs()) {
            tabs.add(new EditorTab(tab.name(), text(tab.label(), tab.name()),
                    tab.fields().stream().map(fields::remove).filter(f -> f != null).toList()));
        }
        if (!fields.isEmpty()) {
            String label = text(dialog.label(), "Properties");
            tabs.add(new EditorTab(tabs.isEmpty() ? "dialog" : "other", tabs.isEmpty() ? label
                    : text("events.app.form.tabs.other", "Other"), List.copyOf(fields.values())));
        }
        return tabs;
    }

    /** @return the dialog's label, translated; "Properties" when it has none */
    public String title(DialogDefinition dialog) {
        return text(dialog.label(), "Properties");
    }

    /** The app's fields; without any, fields generated from the content type's model, as Magnolia does. */
    private static List<FieldDefinition> fieldsOf(AppDefinition app, ContentTypeDefinition type) {
        if (!app.form().fields().isEmpty()) {
            return app.form().fields();
        }
        return type.properties().stream().map(GeneratedFields::of).toList();
    }

    private static Optional<PropertyDefinition> property(ContentTypeDefinition type, String name) {
        return type.properties().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private EditorField field(FieldDefinition def, Optional<PropertyDefinition> property) {
        Map<String, Object> o = def.options();
        boolean required = def.required() || property.map(PropertyDefinition::required).orElse(false);
        boolean i18n = def.i18n() || property.map(PropertyDefinition::i18n).orElse(false);
        return new EditorField(def.name(), def.supported() ? def.type() : "textField", text(def.label(), def.name()),
                text((String) o.get("description"), ""), required, i18n, Boolean.TRUE.equals(o.get("readOnly")),
                number(o.get("rows"), 1), Boolean.TRUE.equals(o.get("time")), number(o.get("maxLength"), 0),
                text((String) o.get("buttonLabel"), ""), o.get("defaultValue") == null ? "" : String.valueOf(
                        o.get("defaultValue")), options(o), children(def));
    }

    private List<EditorField> children(FieldDefinition def) {
        if (def.children().isEmpty()) {
            return List.of();
        }
        FieldDefinition inner = def.children().get(0);
        List<FieldDefinition> row = inner.type() != null && inner.type().equals("compositeField")
                ? inner.children() : def.children();
        return row.stream().map(f -> field(f, Optional.empty())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<EditorField.Option> options(Map<String, Object> field) {
        Object datasource = field.get("datasource");
        Object options = datasource instanceof Map<?, ?> map ? map.get("options") : null;
        if (!(options instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o)
                .map(o -> new EditorField.Option(String.valueOf(o.get("value")),
                        text(String.valueOf(o.getOrDefault("label", o.get("value"))), ""))).toList();
    }

    private String text(String keyOrText, String fallback) {
        if (keyOrText == null || keyOrText.isEmpty()) {
            return fallback;
        }
        return messages.get(locale, keyOrText, List.of());
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
