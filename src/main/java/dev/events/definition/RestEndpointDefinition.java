package dev.events.definition;

import java.util.List;

/**
 * A REST endpoint ({@code restEndpoints/**.yaml}), with Magnolia's defaults for the keys a file leaves out.
 *
 * @param id                      the definition id, {@code module:path/below/restEndpoints}
 * @param file                    the file, relative to the light-modules directory
 * @param type                    the {@code $type} or {@code class} value
 * @param endpointPath            the path below {@code /.rest/}: {@code endpointPath} when given, else the file's path
 *                                below {@code restEndpoints} ({@code delivery/events}; {@code x_v2.yaml} gives
 *                                {@code x/v2}), as Magnolia derives it
 * @param workspace               the workspace served; null when not given
 * @param rootPath                the root that node paths and queries are relative to, {@code /} by default
 * @param nodeTypes               the types of the nodes read and queried, {@code [mgnl:content]} by default
 * @param childNodeTypes          the types of the child nodes included, {@code [mgnl:contentNode]} by default
 * @param depth                   how many levels of child nodes are included, 0 by default
 * @param limit                   the default number of query results, 10 by default
 * @param includeSystemProperties whether {@code mgnl:} and {@code jcr:} properties are included, true by default
 * @param bypassWorkspaceAcls     whether Magnolia skips the workspace's access control lists, false by default
 * @param references              the properties whose value is resolved into the node it refers to
 */
public record RestEndpointDefinition(String id, String file, String type, String endpointPath, String workspace,
        String rootPath, List<String> nodeTypes, List<String> childNodeTypes, int depth, int limit,
        boolean includeSystemProperties, boolean bypassWorkspaceAcls, List<Reference> references) {

    /** Magnolia's delivery endpoint (version 2), by its {@code $type} and its class. */
    public static final List<String> DELIVERY_V2 = List.of("jcrDeliveryEndpoint_v2",
            "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition");

    /**
     * One entry of {@code references}.
     *
     * @param name         the entry's name
     * @param propertyName the property (a regular expression in Magnolia) whose value is a reference
     * @param nodeType     the node type the entry applies to, or null for any
     * @param resolver     the resolver's {@code class} or {@code $type}
     * @param expand       whether the referenced node replaces the value, true by default
     * @param assetMetadata whether an asset's metadata is included, true by default
     * @param downloadLink whether an asset's download link is included, true by default
     */
    public record Reference(String name, String propertyName, String nodeType, String resolver, boolean expand,
            boolean assetMetadata, boolean downloadLink) {

        /** Magnolia's resolver of DAM assets, by its {@code $type} and its class. */
        public static final List<String> ASSET_RESOLVER = List.of("assetReferenceResolver",
                "info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition");
    }

    /** @return whether this is Magnolia's delivery endpoint (version 2) */
    public boolean isDeliveryEndpoint() {
        return DELIVERY_V2.contains(type);
    }
}
