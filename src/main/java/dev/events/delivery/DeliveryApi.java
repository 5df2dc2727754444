package dev.events.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.AssetStore;
import dev.events.content.EventCatalog;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Answers the delivery endpoints from the public repository only, with read-only sessions: {@code GET
 * /.rest/<endpoint path>/<node path>} reads one node, {@code GET /.rest/<endpoint path>} (with or without a
 * trailing slash) queries nodes ({@link QueryParser}). Thread-safe.
 */
final class DeliveryApi {

    private static final Pattern NODE_PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+");

    private final List<DeliveryEndpoint> endpoints;
    private final Repositories repositories;
    private final AssetStore assets;
    private final DeliveryChanges changes;
    private final EventCatalog catalog;

    /** @param catalog the public events, which answer the commonest queries ({@link CatalogQuery}) */
    DeliveryApi(List<DeliveryEndpoint> endpoints, Repositories repositories, AssetStore assets,
            DeliveryChanges changes, EventCatalog catalog) {
        this.endpoints = endpoints;
        this.repositories = repositories;
        this.assets = assets;
        this.changes = changes;
        this.catalog = catalog;
    }

    /**
     * @param path           the path below {@code /.rest}, e.g. {@code /delivery/events/2017/x}
     * @param query          the raw query string, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @throws DeliveryException for a request the API refuses (4xx)
     */
    DeliveryAnswer answer(String path, String query, String acceptLanguage) throws RepositoryException {
        for (DeliveryEndpoint endpoint : endpoints) {
            String prefix = "/" + endpoint.path();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                Map<String, String> parameters = QueryParameters.parse(query);
                DeliveryLanguage language = DeliveryLanguage.of(parameters.get(DeliveryLanguage.PARAMETER),
                        acceptLanguage);
                String rest = path.substring(prefix.length());
                return rest.isEmpty() || rest.equals("/") ? query(endpoint, parameters, language)
                        : read(endpoint, rest, parameters, language);
            }
        }
        throw DeliveryException.notFound("/.rest" + path);
    }

    private DeliveryAnswer read(DeliveryEndpoint endpoint, String path, Map<String, String> parameters,
            DeliveryLanguage language) throws RepositoryException {
        for (String parameter : parameters.keySet()) {
            if (!parameter.equals(DeliveryLanguage.PARAMETER)) {
                throw DeliveryException.badParameter(parameter, "reading a node takes only 'lang'; queries take"
                        + " the other parameters at /.rest/" + endpoint.path());
            }
        }
        try (Sessions sessions = new Sessions(endpoint)) {
            String workspacePath = endpoint.workspacePath(path);
            if (!NODE_PATH.matcher(path).matches() || !sessions.content.nodeExists(workspacePath)
                    || !endpoint.isServed(sessions.content.getNode(workspacePath))) {
                throw DeliveryException.pathNotFound(path);
            }
            Node node = sessions.content.getNode(workspacePath);
            NodeJsonWriter writer = new NodeJsonWriter(endpoint, language, sessions.references());
            return new DeliveryAnswer(JsonBodies.of(json -> writer.write(node, json)),
                    LastModified.of(node, endpoint, Instant.EPOCH));
        }
    }

    private DeliveryAnswer query(DeliveryEndpoint endpoint, Map<String, String> parameters,
            DeliveryLanguage language) throws RepositoryException {
        DeliveryQuery query = new QueryParser(endpoint).parse(parameters);
        try (Sessions sessions = new Sessions(endpoint)) {
            List<Node> nodes = QueryExecutor.run(sessions.content, endpoint, query, catalog);
            NodeJsonWriter writer = new NodeJsonWriter(endpoint, language, sessions.references());
            Instant lastModified = changes.last();
            for (Node node : nodes) {
                lastModified = LastModified.of(node, endpoint, lastModified);
            }
            return new DeliveryAnswer(results(nodes, writer), lastModified);
        }
    }

    /** @return {@code {"results": [...]}} */
    private static byte[] results(List<Node> nodes, NodeJsonWriter writer) throws RepositoryException {
        return JsonBodies.of(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("results");
            for (Node node : nodes) {
                writer.write(node, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The read-only public sessions of one request: the endpoint's workspace and, for references, dam. */
    private final class Sessions implements AutoCloseable {
        private final DeliveryEndpoint endpoint;
        private final Session content;
        private Session dam;

        Sessions(DeliveryEndpoint endpoint) throws RepositoryException {
            this.endpoint = endpoint;
            this.content = repositories.published().loginReadOnly(endpoint.definition().workspace());
        }

        AssetReferences references() throws RepositoryException {
            if (dam == null && !endpoint.definition().references().isEmpty()) {
                dam = repositories.published().loginReadOnly(Workspaces.DAM);
            }
            return new AssetReferences(endpoint.definition().references(), dam, assets);
        }

        @Override
        public void close() {
            content.logout();
            if (dam != null) {
                dam.logout();
            }
        }
    }
}
