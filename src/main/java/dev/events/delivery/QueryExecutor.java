package dev.events.delivery;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/** Runs a checked {@link DeliveryQuery} as XPath on a session of the public repository. */
final class QueryExecutor {

    private QueryExecutor() {
    }

    /** @return the nodes of the requested page of results, in order */
    static List<Node> run(Session session, DeliveryEndpoint endpoint, DeliveryQuery query) throws RepositoryException {
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
