package dev.events.definition;

/** Checks REST endpoint definitions ({@code restEndpoints/**.yaml}): known keys and the definition class. */
final class RestEndpointParser {

    private final Problems problems;

    RestEndpointParser(Problems problems) {
        this.problems = problems;
    }

    /** Checks one endpoint definition. */
    void parse(YNode.Map root) {
        Schemas.REST_ENDPOINT.check(root, "", problems);
        DefinitionClasses.check(root, "", DefinitionClasses.REST_ENDPOINT, problems);
        for (String key : new String[] {"depth", "limit", "referenceDepth"}) {
            YNode value = root.get(key);
            if (value != null && !(value instanceof YNode.Scalar s && s.toPlain() instanceof Long)) {
                problems.error(value, key, "'" + key + "' must be a whole number");
            }
        }
    }
}
