package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code references} of a delivery endpoint: which properties hold references and the resolver that
 * expands them. Magnolia's asset resolver is supported; other resolvers load with a warning and are not applied.
 */
final class ReferenceParser {

    static final Schema REFERENCE = Schema.of("reference", Set.of("name", "propertyName", "nodeType",
            "referenceResolver"), Set.of("class", "$type"));
    static final Schema ASSET_RESOLVER = Schema.of("reference resolver", Set.of("class", "$type", "expand",
            "includeAssetMetadata", "includeDownloadLink"), Set.of("implementationClass", "assetRenditions",
            "targetWorkspace", "generateLink"));
    /** Another resolver is reported once as a whole; only misspelt keys are reported inside it. */
    static final Schema OTHER_RESOLVER = Schema.of("reference resolver", Set.of("class", "$type",
            "implementationClass", "targetWorkspace", "expand", "generateLink", "includeAssetMetadata",
            "includeDownloadLink", "assetRenditions"), Set.of());

    private final Problems problems;
    private final ScalarReader values;

    ReferenceParser(Problems problems) {
        this.problems = problems;
        this.values = new ScalarReader(problems);
    }

    /** @param node the {@code references} list, or null */
    List<RestEndpointDefinition.Reference> parse(YNode node) {
        if (YNode.isEmpty(node)) {
            return List.of();
        }
        if (!(node instanceof YNode.Seq seq)) {
            problems.error(node, "references", "'references' must be a list of reference definitions");
            return List.of();
        }
        List<RestEndpointDefinition.Reference> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "references[" + i + "]";
            if (seq.items().get(i) instanceof YNode.Map map) {
                RestEndpointDefinition.Reference reference = reference(map, path);
                if (reference != null) {
                    out.add(reference);
                }
            } else {
                problems.error(seq.items().get(i), path, "a reference must be a map of keys");
            }
        }
        return List.copyOf(out);
    }

    private RestEndpointDefinition.Reference reference(YNode.Map map, String path) {
        REFERENCE.check(map, path, problems);
        String propertyName = values.text(map, path, "propertyName", null);
        if (propertyName == null) {
            problems.error(map, Problems.path(path, "propertyName"), "a reference needs 'propertyName'");
        }
        YNode resolverNode = map.get("referenceResolver");
        String resolverPath = Problems.path(path, "referenceResolver");
        if (!(resolverNode instanceof YNode.Map resolver)) {
            problems.error(YNode.isEmpty(resolverNode) ? map : resolverNode, resolverPath,
                    "a reference needs a 'referenceResolver' map");
            return null;
        }
        String type = resolver.text("$type") != null ? resolver.text("$type") : resolver.text("class");
        if (!isAssetResolver(type, resolver, resolverPath) || propertyName == null) {
            return null;
        }
        return new RestEndpointDefinition.Reference(values.text(map, path, "name", propertyName), propertyName,
                values.text(map, path, "nodeType", null), type, values.flag(resolver, resolverPath, "expand", true),
                values.flag(resolver, resolverPath, "includeAssetMetadata", true),
                values.flag(resolver, resolverPath, "includeDownloadLink", true));
    }

    /** Checks the resolver's keys; another resolver than the asset one is reported once, as not supported. */
    private boolean isAssetResolver(String type, YNode.Map resolver, String path) {
        boolean asset = RestEndpointDefinition.Reference.ASSET_RESOLVER.contains(type);
        (asset ? ASSET_RESOLVER : OTHER_RESOLVER).check(resolver, path, problems);
        if (!asset) {
            problems.warning(resolver, path, "reference resolver '" + type + "' is not supported by this runtime"
                    + " yet; the property is served as stored");
        }
        return asset;
    }
}
