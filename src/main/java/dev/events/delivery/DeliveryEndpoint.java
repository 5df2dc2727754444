package dev.events.delivery;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.definition.RestEndpointDefinition;

/**
 * A delivery endpoint the runtime serves: its definition from the light module and what the content types say of
 * its workspace's properties.
 *
 * @param definition the endpoint's definition ({@code restEndpoints/**.yaml})
 * @param properties the known properties of its workspace
 */
record DeliveryEndpoint(RestEndpointDefinition definition, PropertyTypes properties) {

    /** The most results one query returns, whatever {@code limit} asks or the definition says. */
    static final int MAX_LIMIT = 100;

    /** @return the path below {@code /.rest/}, e.g. {@code delivery/events} */
    String path() {
        return definition.endpointPath();
    }

    /** @return the number of results of a query without {@code limit} */
    int defaultLimit() {
        return Math.min(definition.limit(), MAX_LIMIT);
    }

    /** @return whether a node is read by its path: a node of the queried types or of the child types */
    boolean isServed(Node node) throws RepositoryException {
        return isOfType(node, definition.nodeTypes().toArray(String[]::new)) || isChildType(node);
    }

    /** @return whether a child node is included in its parent's answer */
    boolean isChildType(Node node) throws RepositoryException {
        return isOfType(node, definition.childNodeTypes().toArray(String[]::new));
    }

    private static boolean isOfType(Node node, String... types) throws RepositoryException {
        for (String type : types) {
            if (node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    /** @return the workspace path of a path relative to the root path ({@code /2017/x}) */
    String workspacePath(String relative) {
        String root = definition.rootPath().replaceAll("/+$", "");
        return root + relative;
    }
}
