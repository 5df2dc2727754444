package dev.events.definition;

/** Checks module descriptors ({@code module.yaml}). */
final class ModuleDescriptorParser {

    private final Problems problems;

    ModuleDescriptorParser(Problems problems) {
        this.problems = problems;
    }

    /** Checks a module descriptor: known keys, the required {@code version}, and each dependency. */
    void parseModule(YNode.Map root) {
        Schemas.MODULE.check(root, "", problems);
        if (root.text("version") == null) {
            problems.error(root, "version", "missing required key 'version' of the module descriptor");
        }
        YNode dependencies = root.get("dependencies");
        if (dependencies instanceof YNode.Map map) {
            map.entries().values().forEach(this::dependency);
        } else if (dependencies != null) {
            problems.error(dependencies, "dependencies", "'dependencies' must be a map of module names");
        }
    }

    private void dependency(YNode.Entry e) {
        String path = Problems.path("dependencies", e.key());
        if (e.value() instanceof YNode.Map dependency) {
            Schemas.DEPENDENCY.check(dependency, path, problems);
        } else if (!(e.value() instanceof YNode.Scalar)) {
            problems.error(e.value(), path, "a dependency must be a map with 'version' and 'optional'");
        }
    }
}
