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
     * @param id     the app id
     * @param module the module of the app
     * @param root   the app's root map
     * @return the app, or null for a hand-written app (not supported yet)
     */
    AppDefinition parse(String id, String module, YNode.Map root) {
        Schemas.APP.check(root, "", problems);
        String tag = root.tag();
        if (tag == null) {
            problems.warning(root, "", "an app without !content-type is not supported by this runtime yet;"
                    + " it loads but does not open");
            return null;
        }
        String name = tag.substring(NodeConverter.CONTENT_TYPE.length());
        String type = name.contains(":") ? name : module + ":" + name;
        references.add(References.Kind.CONTENT_TYPE, type, root.file(), root.line(), "!content-type");
        return new AppDefinition(id, type, detailForm(id, root));
    }

    /** Reads {@code subApps.detail.form}; the rest of the sub-apps (browser, actions) is free-form. */
    private DialogDefinition detailForm(String id, YNode.Map root) {
        YNode form = root.get("subApps") instanceof YNode.Map subApps
                && subApps.get("detail") instanceof YNode.Map detail ? detail.get("form") : null;
        return new DialogParser(problems).form(id, root.text("label"), form, "subApps.detail.form");
    }
}
