package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads dialogs ({@code dialogs/**.yaml}): the form, its fields and its tabbed layout. */
final class DialogParser {

    private final Problems problems;
    private final FieldParser fieldParser;

    DialogParser(Problems problems) {
        this.problems = problems;
        this.fieldParser = new FieldParser(problems);
    }

    /** @return the dialog with this id, read from its root map */
    DialogDefinition parse(String id, YNode.Map root) {
        Schemas.DIALOG.check(root, "", problems);
        DefinitionClasses.check(root, "", DefinitionClasses.DIALOG, problems);
        return form(id, root.text("label"), root.get("form"), "form");
    }

    /**
     * Reads a form wherever it stands: a dialog's {@code form}, an app's {@code subApps.detail.form}.
     *
     * @param path the key path of the form, for problems
     */
    DialogDefinition form(String id, String label, YNode node, String path) {
        if (!(node instanceof YNode.Map form)) {
            if (!YNode.isEmpty(node)) {
                problems.error(node, path, "'" + path + "' must be a map");
            }
            return new DialogDefinition(id, label, List.of(), List.of());
        }
        Schemas.FORM.check(form, path, problems);
        List<FieldDefinition> fields = new ArrayList<>();
        List<TabDefinition> tabs = new ArrayList<>();
        if (form.has("tabs")) {
            new FiveUiForm(problems).read(form, fields, tabs);
        }
        fields.addAll(fieldParser.fields(form.get("properties"), path + ".properties"));
        tabs.addAll(tabs(form.get("layout"), fields, path));
        return new DialogDefinition(id, label, List.copyOf(fields), List.copyOf(tabs));
    }

    private List<TabDefinition> tabs(YNode layout, List<FieldDefinition> fields, String formPath) {
        String path = formPath + ".layout";
        if (!(layout instanceof YNode.Map map)) {
            if (!YNode.isEmpty(layout)) {
                problems.error(layout, path, "'" + path + "' must be a map");
            }
            return List.of();
        }
        Schemas.LAYOUT.check(map, path, problems);
        Set<String> names = new java.util.HashSet<>();
        fields.forEach(f -> names.add(f.name()));
        List<TabDefinition> out = new ArrayList<>();
        for (NamedEntries.Named tab : NamedEntries.of(map.get("tabs"), path + ".tabs", "tab", problems)) {
            Schemas.TAB.check(tab.map(), tab.path(), problems);
            out.add(new TabDefinition(tab.name(), tab.map().text("label"), tabFields(tab, names, formPath)));
        }
        return out;
    }

    private List<String> tabFields(NamedEntries.Named tab, Set<String> known, String formPath) {
        String path = Problems.path(tab.path(), "fields");
        YNode fields = tab.map().get("fields");
        List<String> out = new ArrayList<>();
        if (fields instanceof YNode.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                YNode item = seq.items().get(i);
                String name = item instanceof YNode.Scalar s ? s.value()
                        : item instanceof YNode.Map m ? m.text("name") : null;
                check(name, item, path + "[" + i + "]", known, out, formPath);
            }
        } else if (fields instanceof YNode.Map map) {
            map.entries().values().forEach(e -> check(e.key(), e.value(), Problems.path(path, e.key()), known, out,
                    formPath));
        }
        return out;
    }

    private void check(String name, YNode at, String path, Set<String> known, List<String> out, String formPath) {
        if (name == null) {
            problems.error(at, path, "each tab field needs a 'name'");
        } else if (!known.contains(name)) {
            problems.error(at, path, "the tab names field '" + name + "', which is not in " + formPath + ".properties"
                    + Suggestions.didYouMean(name, known));
        } else {
            out.add(name);
        }
    }
}
