package dev.events.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.content.Workspaces;
import dev.events.definition.ContentTypeDefinition;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.RestEndpointDefinition;

/**
 * Finds the delivery endpoints of the light modules ({@code $type: jcrDeliveryEndpoint_v2}) that the runtime can
 * serve: those on a workspace of public content ({@code events}, {@code website}, {@code dam}). An endpoint on
 * another workspace (users, tasks) or with an invalid reference pattern is left out with a warning: it loads in
 * Magnolia, where access control decides, but this runtime never serves those workspaces.
 */
final class EndpointReader {

    private static final Logger log = LoggerFactory.getLogger(EndpointReader.class);
    static final Set<String> SERVED_WORKSPACES = Set.of(Workspaces.EVENTS, Workspaces.WEBSITE, Workspaces.DAM);
    private static final Pattern ROOT_PATH = Pattern.compile("/|(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+");
    /** Node type names reach queries as they are: only plain qualified names are served. */
    private static final Pattern NODE_TYPE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*:)?[A-Za-z][A-Za-z0-9_.-]*");

    private EndpointReader() {
    }

    /** @return the endpoints to serve, longest path first so that a request matches the most specific one */
    static List<DeliveryEndpoint> read(DefinitionRegistry definitions) {
        List<DeliveryEndpoint> out = new ArrayList<>();
        for (RestEndpointDefinition definition : definitions.restEndpoints().values()) {
            if (!definition.isDeliveryEndpoint()) {
                continue;
            }
            String problem = problem(definition);
            if (problem != null) {
                log.warn("{}: not served by this runtime: {}", definition.file(), problem);
                continue;
            }
            List<ContentTypeDefinition> types = definitions.contentTypes().values().stream()
                    .filter(t -> definition.workspace().equals(t.workspace())).toList();
            out.add(new DeliveryEndpoint(definition, new PropertyTypes(types)));
        }
        out.sort(Comparator.comparingInt((DeliveryEndpoint e) -> e.path().length()).reversed());
        return List.copyOf(out);
    }

    private static String problem(RestEndpointDefinition definition) {
        if (definition.workspace() == null || !SERVED_WORKSPACES.contains(definition.workspace())) {
            return "workspace '" + definition.workspace() + "' is not one of " + SERVED_WORKSPACES;
        }
        if (!ROOT_PATH.matcher(definition.rootPath()).matches()) {
            return "rootPath '" + definition.rootPath() + "' is not an absolute path of plain names";
        }
        for (String type : concat(definition.nodeTypes(), definition.childNodeTypes())) {
            if (!NODE_TYPE.matcher(type).matches()) {
                return "'" + type + "' is not a node type name";
            }
        }
        for (RestEndpointDefinition.Reference reference : definition.references()) {
            try {
                Pattern.compile(reference.propertyName());
            } catch (PatternSyntaxException e) {
                return "propertyName '" + reference.propertyName() + "' is not a regular expression";
            }
        }
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
