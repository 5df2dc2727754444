package dev.events.definition;

import java.util.Map;

/**
 * A page or component template ({@code templates/pages/x.yaml}, {@code templates/components/x.yaml}).
 *
 * @param id             the definition id, {@code module:pages/name} or {@code module:components/name}
 * @param title          the title shown to integrators (may be an i18n key), or null
 * @param renderType     {@code freemarker} for every template this runtime renders
 * @param templateScript absolute resource path of the script, {@code /module/templates/pages/x.ftl}
 * @param dialog         the id of the dialog that edits it, or null
 * @param areas          the areas by name, in declaration order (empty for components)
 * @param parameters     the free {@code parameters} map, read by scripts as {@code def.parameters.x}
 * @param visible        false when integrators must not choose the template ({@code visible: false}); true by
 *                       default, as in Magnolia
 */
public record TemplateDefinition(String id, String title, String renderType, String templateScript, String dialog,
        Map<String, AreaDefinition> areas, Map<String, Object> parameters, boolean visible) {

    /** @return true for page templates ({@code module:pages/...}) */
    public boolean isPage() {
        return id.substring(id.indexOf(':') + 1).startsWith("pages/");
    }
}
