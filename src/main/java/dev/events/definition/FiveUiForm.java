package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a form in the deprecated Magnolia 5 UI format ({@code form.tabs} with {@code fieldType} fields).
 * It loads with a warning; its fields edit as plain text.
 */
final class FiveUiForm {

    private static final Set<String> NOT_OPTIONS = Set.of("fieldType", "class", "name", "label", "required", "i18n");

    private final Problems problems;

    FiveUiForm(Problems problems) {
        this.problems = problems;
    }

    /** Adds the fields and tabs of {@code form.tabs} to the given lists. */
    void read(YNode.Map form, List<FieldDefinition> fields, List<TabDefinition> tabs) {
        problems.warning(form.file(), form.lineOf("tabs"), "form.tabs", "form.tabs is the deprecated Magnolia 5 UI"
                + " dialog format; its fields load as plain text fields");
        for (NamedEntries.Named tab : NamedEntries.of(form.get("tabs"), "form.tabs", "tab", problems)) {
            List<String> names = new ArrayList<>();
            String path = Problems.path(tab.path(), "fields");
            for (NamedEntries.Named field : NamedEntries.of(tab.map().get("fields"), path, "field", problems)) {
                fields.add(field(field));
                names.add(field.name());
            }
            tabs.add(new TabDefinition(tab.name(), tab.map().text("label"), List.copyOf(names)));
        }
    }

    private static FieldDefinition field(NamedEntries.Named entry) {
        YNode.Map map = entry.map();
        String type = map.text("fieldType");
        if (type == null && map.text("class") != null) {
            type = map.text("class").substring(map.text("class").lastIndexOf('.') + 1);
        }
        return new FieldDefinition(entry.name(), type == null ? "text" : type, map.text("label"),
                map.flag("required", false), map.flag("i18n", false), false, List.of(),
                YNode.plainWithout(map, NOT_OPTIONS));
    }
}
