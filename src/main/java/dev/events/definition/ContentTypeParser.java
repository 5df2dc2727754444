package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads content types ({@code contentTypes/*.yaml}): datasource, model properties and sub-models. */
final class ContentTypeParser {

    /** The scalar property types, as Magnolia's docs spell them (matched ignoring case). */
    static final List<String> SCALAR_TYPES = List.of("String", "Boolean", "Date", "Long", "Double", "Decimal",
            "asset", "richText");
    private static final String REFERENCE = "reference:";

    private final Problems problems;
    private final References references;

    ContentTypeParser(Problems problems, References references) {
        this.problems = problems;
        this.references = references;
    }

    /** @return the content type {@code module:name}, read from its root map */
    ContentTypeDefinition parse(String module, String name, YNode.Map root) {
        Schemas.CONTENT_TYPE.check(root, "", problems);
        DefinitionClasses.check(root, "", DefinitionClasses.CONTENT_TYPE, problems);
        YNode.Map datasource = datasource(root);
        YNode.Map model = required(root, "model", "");
        List<SubModelDefinition> subModels = model == null ? List.of() : subModels(model);
        List<PropertyDefinition> properties = model == null ? List.of() : modelProperties(model, subModels);
        return new ContentTypeDefinition(module + ":" + name, name, text(datasource, "workspace", null),
                text(datasource, "rootPath", "/"), text(model, "nodeType", "mgnl:content"), properties, subModels);
    }

    private YNode.Map datasource(YNode.Map root) {
        YNode.Map datasource = required(root, "datasource", "");
        if (datasource != null) {
            Schemas.DATASOURCE.check(datasource, "datasource", problems);
            DefinitionClasses.check(datasource, "datasource", DefinitionClasses.DATASOURCE, problems);
            requiredText(datasource, "workspace", "datasource");
        }
        return datasource;
    }

    private List<PropertyDefinition> modelProperties(YNode.Map model, List<SubModelDefinition> subModels) {
        Schemas.MODEL.check(model, "model", problems);
        required(model, "properties", "model");
        Set<String> names = new java.util.HashSet<>();
        subModels.forEach(s -> names.add(s.name()));
        return properties(model.get("properties"), "model.properties", names);
    }

    private List<SubModelDefinition> subModels(YNode.Map model) {
        List<NamedEntries.Named> entries = NamedEntries.of(model.get("subModels"), "model.subModels", "sub-model",
                problems);
        Set<String> names = new java.util.HashSet<>();
        entries.forEach(e -> names.add(e.name()));
        List<SubModelDefinition> out = new ArrayList<>();
        for (NamedEntries.Named sub : entries) {
            Schemas.SUB_MODEL.check(sub.map(), sub.path(), problems);
            required(sub.map(), "properties", sub.path());
            out.add(new SubModelDefinition(sub.name(), text(sub.map(), "nodeType", "mgnl:contentNode"),
                    properties(sub.map().get("properties"), Problems.path(sub.path(), "properties"), names)));
        }
        return List.copyOf(out);
    }

    private List<PropertyDefinition> properties(YNode node, String path, Set<String> subModels) {
        List<PropertyDefinition> out = new ArrayList<>();
        for (NamedEntries.Named p : NamedEntries.of(node, path, "property", problems)) {
            Schemas.PROPERTY.check(p.map(), p.path(), problems);
            String type = text(p.map(), "type", "String");
            checkType(type, p, subModels);
            out.add(new PropertyDefinition(p.name(), type, p.map().flag("required", false),
                    p.map().flag("multiple", false), p.map().flag("i18n", false)));
        }
        return List.copyOf(out);
    }

    private void checkType(String type, NamedEntries.Named p, Set<String> subModels) {
        boolean scalar = SCALAR_TYPES.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT)
                .equals(type.toLowerCase(Locale.ROOT)));
        if (scalar || subModels.contains(type)) {
            return;
        }
        boolean reference = type.startsWith(REFERENCE);
        String target = reference ? type.substring(REFERENCE.length()) : type;
        references.add(reference ? References.Kind.CONTENT_TYPE : References.Kind.PROPERTY_TYPE, target,
                p.map().file(), p.map().lineOf("type"), Problems.path(p.path(), "type"));
    }

    private YNode.Map required(YNode.Map map, String key, String path) {
        YNode value = map.get(key);
        if (value instanceof YNode.Map child) {
            return child;
        }
        if (!YNode.isBroken(value) && !(value instanceof YNode.Seq && "properties".equals(key))) {
            String message = value == null ? "missing required key '" + key + "'" : "'" + key + "' must be a map";
            problems.error(value == null ? map : value, Problems.path(path, key), message);
        }
        return null;
    }

    private void requiredText(YNode.Map map, String key, String path) {
        if (map.text(key) == null) {
            problems.error(map.has(key) ? map.get(key) : map, Problems.path(path, key),
                    "missing required key '" + key + "'");
        }
    }

    private static String text(YNode.Map map, String key, String fallback) {
        return map == null || map.text(key) == null ? fallback : map.text(key);
    }
}
