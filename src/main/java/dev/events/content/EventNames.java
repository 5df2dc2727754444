package dev.events.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * Finds many events by name at once, wherever their folder: one query per {@value #CHUNK} names (a Lucene
 * boolean query of name terms) instead of one query per event, which made imports slow.
 */
final class EventNames {

    /**
     * Names per query. A query's results arrive in fetches of the search index's {@code resultFetchSize} (100),
     * each a new execution; when the index changes between two of them (as its segments merge during a large
     * import) the later fetch skips and repeats hits. Fewer names than a fetch holds keep each query to one fetch.
     */
    static final int CHUNK = 50;

    private EventNames() {
    }

    /** @return the existing {@code mgnl:content} nodes among these names, by name; invalid names find nothing */
    static Map<String, Node> find(Session events, Collection<String> names) throws RepositoryException {
        List<String> valid = names.stream().filter(n -> n != null && EventImportReader.NAME.matcher(n).matches())
                .distinct().toList();
        Map<String, Node> found = new HashMap<>();
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<String> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            Query query = events.getWorkspace().getQueryManager().createQuery(statement(chunk), Query.XPATH);
            for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                if (node.isNodeType(NodeTypes.CONTENT)) {
                    found.putIfAbsent(node.getName(), node);
                }
            }
        }
        return found;
    }

    private static String statement(List<String> names) {
        List<String> tests = new ArrayList<>();
        // the pattern above keeps names plain NCNames but for a leading digit, which ISO 9075 encodes
        names.forEach(n -> tests.add("fn:name() = '" + EventLookup.encode(n) + "'"));
        // no node type test: its terms match every event, which made each query read 100,000 postings
        return "/jcr:root//*[" + String.join(" or ", tests) + "]";
    }
}
