package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads REST endpoint definitions ({@code restEndpoints/**.yaml}): known keys, the definition class, the types of
 * values, and Magnolia's defaults for what a file leaves out.
 */
final class RestEndpointParser {

    /** {@code stories_v3.yaml} is served at {@code stories/v3}, as Magnolia's {@code DynamicPath} does. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("(.+)_(v\\d+)");

    private final Problems problems;
    private final ScalarReader values;

    RestEndpointParser(Problems problems) {
        this.problems = problems;
        this.values = new ScalarReader(problems);
    }

    /**
     * Checks one endpoint definition and reads it.
     *
     * @param id   the definition id, {@code module:path/below/restEndpoints}
     * @param file the file, relative to the light-modules directory
     */
    RestEndpointDefinition parse(String id, String file, YNode.Map root) {
        Schemas.REST_ENDPOINT.check(root, "", problems);
        DefinitionClasses.check(root, "", DefinitionClasses.REST_ENDPOINT, problems);
        String type = root.text("$type") != null ? root.text("$type") : root.text("class");
        if (type == null) {
            problems.error(root, "class", "a REST endpoint needs 'class' or '$type'");
        }
        values.number(root, "", "referenceDepth", 0, 0);
        return new RestEndpointDefinition(id, file, type, endpointPath(id, root),
                values.text(root, "", "workspace", null), values.text(root, "", "rootPath", "/"),
                names(root, "nodeTypes", "mgnl:content"), names(root, "childNodeTypes", "mgnl:contentNode"),
                values.number(root, "", "depth", 0, 0), values.number(root, "", "limit", 10, 1),
                values.flag(root, "", "includeSystemProperties", true),
                values.flag(root, "", "bypassWorkspaceAcls", false),
                new ReferenceParser(problems).parse(root.get("references")));
    }

    private String endpointPath(String id, YNode.Map root) {
        String configured = values.text(root, "", "endpointPath", null);
        if (configured != null) {
            return configured.replaceAll("^/+|/+$", "");
        }
        String path = id.substring(id.indexOf(':') + 1);
        Matcher versioned = VERSION_SUFFIX.matcher(path);
        return versioned.matches() ? versioned.group(1) + "/" + versioned.group(2) : path;
    }

    private List<String> names(YNode.Map map, String key, String fallback) {
        YNode value = map.get(key);
        if (YNode.isEmpty(value)) {
            return List.of(fallback);
        }
        List<String> out = new ArrayList<>();
        if (value instanceof YNode.Seq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s && s.toPlain() instanceof String name && !name.isBlank()) {
                    out.add(name);
                }
            }
            if (!out.isEmpty() && out.size() == seq.items().size()) {
                return List.copyOf(out);
            }
        }
        problems.error(value, key, "'" + key + "' must be a list of node type names");
        return List.of(fallback);
    }
}
