package dev.events.definition;

/**
 * Reads apps ({@code apps/*.yaml}). Only apps generated from a content type ({@code !content-type:name} on the
 * first line) are supported; their top-level keys are checked, sub-apps and actions are free-form.
 */
final class AppParser {

    private final Problems problems;
    private final References references;

    AppParser(Problems problems, References references) {
        this.problems = problems;
        this.references = references;
    }

    /**
     * @param module the module of the app
     * @param root   the app's root map
     * @return the id of the content type the app is generated from, or null for a hand-written app
     */
    String parse(String module, YNode.Map root) {
        Schemas.APP.check(root, "", problems);
        String tag = root.tag();
        if (tag == null) {
            problems.warning(root, "", "an app without !content-type is not supported by this runtime yet;"
                    + " it loads but does not open");
            return null;
        }
        String name = tag.substring(NodeConverter.CONTENT_TYPE.length());
        String id = name.contains(":") ? name : module + ":" + name;
        references.add(References.Kind.CONTENT_TYPE, id, root.file(), root.line(), "!content-type");
        return id;
    }
}
