package dev.events.definition;

import java.util.Set;

/**
 * The {@code class} and {@code $type} values that name Magnolia's default definition classes. Any other value is a
 * custom definition class: valid Magnolia, but this runtime loads the definition as the default, with a warning.
 */
final class DefinitionClasses {

    static final Set<String> TEMPLATE = Set.of(
            "info.magnolia.rendering.template.configured.ConfiguredTemplateDefinition");
    static final Set<String> AREA = Set.of("info.magnolia.rendering.template.configured.ConfiguredAreaDefinition");
    static final Set<String> DIALOG = Set.of("info.magnolia.ui.dialog.ConfiguredFormDialogDefinition",
            "info.magnolia.ui.dialog.FormDialogDefinition");
    static final Set<String> CONTENT_TYPE = Set.of("info.magnolia.types.ConfiguredContentTypeDefinition",
            "info.magnolia.types.datasource.jcr.ConfiguredJcrDataSourceDefinition");
    static final Set<String> DATASOURCE = Set.of("jcrContentTypeDatasource", "contentTypeDatasource",
            "jcrDatasource", "info.magnolia.types.datasource.jcr.ConfiguredJcrDataSourceDefinition");
    static final Set<String> REST_ENDPOINT = Set.of("jcrDeliveryEndpoint_v2",
            "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition");

    private DefinitionClasses() {
    }

    /**
     * Warns about a {@code class} or {@code $type} that is not one of the defaults.
     *
     * @param map      the definition map
     * @param path     its key path
     * @param defaults the values that mean the default class
     */
    static void check(YNode.Map map, String path, Set<String> defaults, Problems problems) {
        for (String key : new String[] {"class", "$type"}) {
            String value = map.text(key);
            if (value != null && !defaults.contains(value)) {
                problems.warning(map.file(), map.lineOf(key), Problems.path(path, key), key + " '" + value
                        + "' is not supported by this runtime yet; the definition loads with the default class");
            }
        }
    }
}
