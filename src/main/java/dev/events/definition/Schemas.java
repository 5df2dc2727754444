package dev.events.definition;

import java.util.Set;

/**
 * The keys of each Magnolia 6.2/6.3 definition map: those this runtime supports and the others Magnolia accepts.
 * Sources: Magnolia's docs, the magnolia-community definition schemas and Magnolia's own light modules.
 */
final class Schemas {

    private Schemas() {
    }

    private static final Set<String> RENDERABLE_UNSUPPORTED = Set.of("modelClass", "i18nBasename", "autoGeneration",
            "fragmentDefinition", "variations", "editable", "deletable", "moveable", "movable", "writable",
            "personalizable", "cacheDefinition", "templateAvailabilityClass", "id", "name", "extends", "i18n");

    /** {@code templates/**.yaml}. */
    static final Schema TEMPLATE = Schema.of("template",
            Set.of("title", "description", "renderType", "templateScript", "dialog", "visible", "type", "subtype",
                    "parameters", "areas", "class", "$type"),
            RENDERABLE_UNSUPPORTED);

    /** {@code areas.<name>} of a template. */
    static final Schema AREA = Schema.of("area",
            Set.of("type", "title", "description", "availableComponents", "maxComponents", "templateScript",
                    "renderType", "class", "$type"),
            union(RENDERABLE_UNSUPPORTED, Set.of("inheritance", "createAreaNode", "optional", "dialog", "areas",
                    "enabled", "parameters", "subtype", "visible", "contentStructure")));

    /** {@code availableComponents.<name>} of an area. */
    static final Schema COMPONENT_AVAILABILITY = Schema.of("available component",
            Set.of("id", "name"), Set.of("enabled", "roles", "permissions", "class", "$type"));

    /** {@code dialogs/**.yaml}. */
    static final Schema DIALOG = Schema.of("dialog", Set.of("label", "form", "wide", "class", "$type", "description"),
            Set.of("actions", "footerLayout", "actionArea", "modalityLevel", "dialogLabelItemProperty", "presenterClass",
                    "implementationClass", "modelClass", "i18nBasename", "id", "name", "width", "height", "layout"));

    /** {@code form} of a dialog. */
    static final Schema FORM = Schema.of("form", Set.of("properties", "layout", "label", "description", "tabs"),
            Set.of("implementationClass", "class", "$type", "i18nBasename", "name", "itemProvider",
                    "actions", "buttonLabel"));

    /** {@code form.layout}. */
    static final Schema LAYOUT = Schema.of("layout", Set.of("$type", "class", "tabs"),
            Set.of("label", "description", "styleName", "implementationClass", "name", "elements", "layout",
                    "fields"));

    /** {@code form.layout.tabs.<name>}. */
    static final Schema TAB = Schema.of("tab", Set.of("name", "label", "fields"),
            Set.of("description", "styleName", "layout", "class", "$type", "implementationClass", "i18nBasename"));

    /** {@code contentTypes/*.yaml}. */
    static final Schema CONTENT_TYPE = Schema.of("content type", Set.of("datasource", "model", "class", "$type"),
            Set.of("name", "label", "description"));

    /** {@code datasource} of a content type. */
    static final Schema DATASOURCE = Schema.of("datasource", Set.of("workspace", "rootPath", "autoCreate", "type",
            "$type", "class"), Set.of("namespaces", "nodeTypeDefinition", "name", "allowedNodeTypes",
            "describeByProperty", "preview", "sortBy", "includeProperties", "includeSystemNodes"));

    /** {@code model} of a content type. */
    static final Schema MODEL = Schema.of("model", Set.of("nodeType", "properties", "subModels"),
            Set.of("name", "class", "$type", "label", "description"));

    /** A model or sub-model property. */
    static final Schema PROPERTY = Schema.of("property", Set.of("name", "type", "required", "multiple", "i18n",
            "label", "description"), Set.of("options", "defaultValue", "readOnly", "$type", "class", "validators",
            "placeholder", "i18nBasename"));

    /** A sub-model of a content type. */
    static final Schema SUB_MODEL = Schema.of("sub-model", Set.of("name", "nodeType", "properties"),
            Set.of("class", "$type", "label", "description", "subModels"));

    /** {@code apps/*.yaml}; only the top level is checked, sub-apps and actions are free-form. */
    static final Schema APP = Schema.of("app", Set.of("name", "label", "icon", "subApps"),
            Set.of("class", "appClass", "$type", "datasource", "permissions", "theme", "enabled",
                    "chooserDefinition", "i18nBasename", "description", "id", "width", "height", "actions"));

    /** {@code restEndpoints/**.yaml}. */
    static final Schema REST_ENDPOINT = Schema.of("REST endpoint",
            Set.of("class", "$type", "workspace", "rootPath", "depth", "nodeTypes", "childNodeTypes",
                    "includeSystemProperties", "systemProperties", "limit", "strict", "endpointPath",
                    "bypassWorkspaceAcls", "references"),
            Set.of("implementationClass", "referenceDepth", "referenceRepeat", "personalized",
                    "name", "enabled", "i18nBasename", "params", "nodeTypeFilter", "propertyFilter",
                    "includeNodeTypes", "excludeNodeTypes", "rootPaths"));

    /** {@code module.yaml}. */
    static final Schema MODULE = Schema.of("module descriptor", Set.of("version", "name", "displayName",
            "description", "dependencies"), Set.of("class", "versionHandler", "properties", "servlets",
            "repositories", "components", "jcrFiles"));

    /** {@code dependencies.<module>} of module.yaml. */
    static final Schema DEPENDENCY = Schema.of("module dependency", Set.of("version", "optional"), Set.of());

    static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
