package dev.events.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import dev.events.content.EventCatalog;

/**
 * Runs a checked {@link DeliveryQuery} on a session of the public repository: from the event catalog when it
 * answers the query ({@link CatalogQuery}), else as XPath.
 */
final class QueryExecutor {

    private QueryExecutor() {
    }

    /** @return the nodes of the requested page of results, in order */
    static List<Node> run(Session session, DeliveryEndpoint endpoint, DeliveryQuery query, EventCatalog catalog)
            throws RepositoryException {
        if (CatalogQuery.answers(endpoint, query)) {
            Optional<List<Node>> nodes = CatalogQuery.run(session, catalog, query);
            if (nodes.isPresent()) {
                return nodes.get();
            }
        }
        return xpath(session, endpoint, query);
    }

    /** @return the nodes of the requested page of results, in order, as the search index finds them */
    static List<Node> xpath(Session session, DeliveryEndpoint endpoint, DeliveryQuery query)
            throws RepositoryException {
        Query jcr = session.getWorkspace().getQueryManager().createQuery(QueryXPath.of(endpoint, query), Query.XPATH);
        jcr.setLimit(query.limit());
        jcr.setOffset(query.offset());
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator it = jcr.execute().getNodes(); it.hasNext();) {
            nodes.add(it.nextNode());
        }
        return nodes;
    }
}
