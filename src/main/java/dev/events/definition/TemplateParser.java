package dev.events.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads page and component templates ({@code templates/**.yaml}) and their areas. */
final class TemplateParser {

    static final String FREEMARKER = "freemarker";

    private final Problems problems;
    private final References references;

    TemplateParser(Problems problems, References references) {
        this.problems = problems;
        this.references = references;
    }

    /** @return the template with this id, read from its root map */
    TemplateDefinition parse(String id, YNode.Map root) {
        Schemas.TEMPLATE.check(root, "", problems);
        DefinitionClasses.check(root, "", DefinitionClasses.TEMPLATE, problems);
        String renderType = root.text("renderType");
        if (renderType == null) {
            problems.error(root, "renderType", "missing required key 'renderType' of the template");
        } else {
            checkRenderType(root, "", true);
        }
        referDialog(root, "");
        Map<String, AreaDefinition> areas = areas(root.get("areas"), "areas");
        return new TemplateDefinition(id, root.text("title"), renderType, root.text("templateScript"),
                root.text("dialog"), areas, parameters(root), visible(root));
    }

    private void checkRenderType(YNode.Map map, String path, boolean scriptRequired) {
        String renderType = map.text("renderType");
        if (!FREEMARKER.equals(renderType)) {
            problems.warning(map.file(), map.lineOf("renderType"), Problems.path(path, "renderType"), "renderType '"
                    + renderType + "' is not supported by this runtime yet; only freemarker renders");
        } else if (scriptRequired && map.text("templateScript") == null) {
            problems.error(map, Problems.path(path, "templateScript"),
                    "missing required key 'templateScript' for renderType freemarker");
        }
    }

    private void referDialog(YNode.Map map, String path) {
        String dialog = map.text("dialog");
        if (dialog != null) {
            references.add(References.Kind.DIALOG, dialog, map.file(), map.lineOf("dialog"),
                    Problems.path(path, "dialog"));
        }
    }

    private Map<String, AreaDefinition> areas(YNode node, String path) {
        Map<String, AreaDefinition> out = new LinkedHashMap<>();
        for (NamedEntries.Named area : NamedEntries.of(node, path, "area", problems)) {
            out.put(area.name(), area(area));
        }
        return out;
    }

    private AreaDefinition area(NamedEntries.Named area) {
        YNode.Map map = area.map();
        Schemas.AREA.check(map, area.path(), problems);
        DefinitionClasses.check(map, area.path(), DefinitionClasses.AREA, problems);
        if (map.has("renderType")) {
            checkRenderType(map, area.path(), false);
        }
        referDialog(map, area.path());
        areas(map.get("areas"), Problems.path(area.path(), "areas"));
        return new AreaDefinition(area.name(), map.text("type") == null ? "list" : map.text("type"),
                components(map, area.path()), maxComponents(map, area.path()), map.text("templateScript"));
    }

    private List<String> components(YNode.Map area, String areaPath) {
        List<String> ids = new ArrayList<>();
        String path = Problems.path(areaPath, "availableComponents");
        for (NamedEntries.Named c : NamedEntries.of(area.get("availableComponents"), path, "component", problems)) {
            Schemas.COMPONENT_AVAILABILITY.check(c.map(), c.path(), problems);
            String id = c.map().text("id");
            if (id == null) {
                problems.error(c.map(), Problems.path(c.path(), "id"), "missing required key 'id' of the component");
                continue;
            }
            references.add(References.Kind.COMPONENT, id, c.map().file(), c.map().lineOf("id"),
                    Problems.path(c.path(), "id"));
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private Integer maxComponents(YNode.Map area, String path) {
        YNode value = area.get("maxComponents");
        if (value == null) {
            return null;
        }
        if (value instanceof YNode.Scalar s && s.toPlain() instanceof Long n) {
            return n.intValue();
        }
        problems.error(value, Problems.path(path, "maxComponents"), "'maxComponents' must be a whole number");
        return null;
    }

    private boolean visible(YNode.Map root) {
        YNode value = root.get("visible");
        if (value == null || value instanceof YNode.Scalar s && s.value() == null) {
            return true;
        }
        if (value instanceof YNode.Scalar s && s.toPlain() instanceof Boolean visible) {
            return visible;
        }
        problems.error(value, "visible", "'visible' must be true or false");
        return true;
    }

    private Map<String, Object> parameters(YNode.Map root) {
        YNode value = root.get("parameters");
        if (value instanceof YNode.Map map) {
            return YNode.plainWithout(map, java.util.Set.of());
        }
        if (value != null && !(value instanceof YNode.Scalar s && s.value() == null)) {
            problems.error(value, "parameters", "'parameters' must be a map");
        }
        return Map.of();
    }
}
