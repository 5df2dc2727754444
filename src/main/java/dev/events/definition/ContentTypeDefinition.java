package dev.events.definition;

import java.util.List;

/**
 * A content type ({@code contentTypes/x.yaml}).
 *
 * @param id         the definition id, {@code module:name}
 * @param name       the content type name, the file name without {@code .yaml}
 * @param workspace  the datasource workspace
 * @param rootPath   the datasource root path, {@code /} by default
 * @param nodeType   the node type of items, {@code mgnl:content} by default
 * @param properties the model properties in declaration order
 * @param subModels  the sub-models (e.g. links), each with its own properties
 */
public record ContentTypeDefinition(String id, String name, String workspace, String rootPath, String nodeType,
        List<PropertyDefinition> properties, List<SubModelDefinition> subModels) {
}
