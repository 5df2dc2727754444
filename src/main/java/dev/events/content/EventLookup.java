package dev.events.content;

import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/** Finds events by their name, wherever their folder. Needs only {@code javax.jcr}. */
public final class EventLookup {

    private EventLookup() {
    }

    /**
     * @param name an event name as in URLs; anything that is not a valid name finds nothing
     * @return the {@code mgnl:content} node of that name in the session's workspace
     */
    public static Optional<Node> byName(Session events, String name) throws RepositoryException {
        if (name == null || !EventImportReader.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        // XPath name tests are answered by the Lucene index; the pattern above keeps the name a plain NCName
        // except for a leading digit, which ISO 9075 encodes.
        String statement = "/jcr:root//element(" + encode(name) + ", " + NodeTypes.CONTENT + ")";
        Query query = session(events).createQuery(statement, Query.XPATH);
        query.setLimit(1);
        NodeIterator nodes = query.execute().getNodes();
        return nodes.hasNext() ? Optional.of(nodes.nextNode()) : Optional.empty();
    }

    private static javax.jcr.query.QueryManager session(Session session) throws RepositoryException {
        return session.getWorkspace().getQueryManager();
    }

    static String encode(String name) {
        return Character.isDigit(name.charAt(0))
                ? "_x003" + name.charAt(0) + "_" + name.substring(1) : name;
    }
}
