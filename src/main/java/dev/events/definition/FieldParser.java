package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads Magnolia 6 UI form fields: checks their keys, resolves {@code $type} or {@code class}, and warns about
 * field types this runtime does not edit yet (they edit as plain text).
 */
final class FieldParser {

    private static final Set<String> NOT_OPTIONS = Set.of("$type", "class", "name", "label", "required", "i18n",
            "field", "properties", "forms");

    private final Problems problems;

    FieldParser(Problems problems) {
        this.problems = problems;
    }

    /** @return the fields of a {@code properties} map or list, in order */
    List<FieldDefinition> fields(YNode properties, String path) {
        List<FieldDefinition> out = new ArrayList<>();
        NamedEntries.of(properties, path, "field", problems).forEach(n -> out.add(field(n)));
        return out;
    }

    /** @return one field, read from its named entry */
    FieldDefinition field(NamedEntries.Named entry) {
        YNode.Map map = entry.map();
        FieldTypes.FIELD.check(map, entry.path(), problems);
        Resolved resolved = resolve(map, entry.path());
        return new FieldDefinition(entry.name(), resolved.type(), map.text("label"), map.flag("required", false),
                map.flag("i18n", false), resolved.supported(), children(entry),
                YNode.plainWithout(map, NOT_OPTIONS));
    }

    /** A field type and whether this runtime edits it. */
    private record Resolved(String type, boolean supported) {
    }

    private Resolved resolve(YNode.Map map, String path) {
        String alias = map.text("$type");
        if (alias != null) {
            return byAlias(alias, map, Problems.path(path, "$type"));
        }
        String className = map.text("class");
        if (className == null) {
            problems.error(map, Problems.path(path, "$type"), "missing required key '$type' (or 'class') of the field");
            return new Resolved(null, false);
        }
        String mapped = FieldTypes.aliasOf(className);
        if (mapped != null) {
            return byAlias(mapped, map, Problems.path(path, "class"));
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        problems.warning(map.file(), map.lineOf("class"), Problems.path(path, "class"), FieldTypes.isFiveUi(className)
                ? "field class '" + className + "' is the deprecated 5 UI format; it edits as plain text"
                : "field class '" + className + "' is not supported by this runtime yet; it edits as plain text");
        return new Resolved(simple, false);
    }

    private Resolved byAlias(String alias, YNode.Map map, String key) {
        int line = map.lineOf(key.substring(key.lastIndexOf('.') + 1));
        if (!FieldTypes.KNOWN.contains(alias)) {
            problems.error(map.file(), line, key, "unknown field type '" + alias + "'"
                    + Suggestions.didYouMean(alias, FieldTypes.KNOWN));
            return new Resolved(alias, false);
        }
        boolean supported = FieldTypes.SUPPORTED.contains(alias);
        if (!supported) {
            problems.warning(map.file(), line, key, "field type '" + alias
                    + "' is not supported by this runtime yet; it edits as plain text");
        }
        return new Resolved(alias, supported);
    }

    private List<FieldDefinition> children(NamedEntries.Named entry) {
        YNode.Map map = entry.map();
        List<FieldDefinition> out = new ArrayList<>();
        if (map.get("field") instanceof YNode.Map inner) {
            String name = inner.text("name") == null ? entry.name() : inner.text("name");
            out.add(field(new NamedEntries.Named(name, inner, Problems.path(entry.path(), "field"))));
        } else if (map.has("field")) {
            problems.error(map.get("field"), Problems.path(entry.path(), "field"), "'field' must be a field map");
        }
        out.addAll(fields(map.get("properties"), Problems.path(entry.path(), "properties")));
        String formsPath = Problems.path(entry.path(), "forms");
        for (NamedEntries.Named form : NamedEntries.of(map.get("forms"), formsPath, "form", problems)) {
            out.addAll(fields(form.map().get("properties"), Problems.path(form.path(), "properties")));
        }
        return out;
    }
}
