package dev.events.content;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * Full-text search over the events of a workspace, answered by the repository's Lucene index
 * ({@code jcr:contains}): every word must occur in one of the event's own properties, in any language. Needs only
 * {@code javax.jcr}.
 */
public final class EventSearch {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EventSearch() {
    }

    /**
     * @return the text reduced to its words in lower case (so that {@code OR} or {@code NOT} stay words, not
     *         operators), separated by single spaces; empty when it has none
     */
    public static String words(String text) {
        return NOT_A_WORD.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param events a session on an {@code events} workspace
     * @param text   what a visitor typed; only its words reach the query (see {@link #words})
     * @return the identifiers of the events holding every word; empty when the text has no words
     */
    public static Set<String> identifiers(Session events, String text) throws RepositoryException {
        String words = words(text);
        Set<String> found = new HashSet<>();
        if (words.isEmpty()) {
            return found;
        }
        // the words hold letters, digits and spaces only, so the quoted literal cannot end early
        String statement = "/jcr:root//element(*, " + NodeTypes.CONTENT + ")[jcr:contains(., '" + words + "')]";
        Query query = events.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
        for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
            found.add(it.nextNode().getIdentifier());
        }
        return found;
    }
}
