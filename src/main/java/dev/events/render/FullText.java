package dev.events.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventSearch;
import dev.events.content.SessionSource;

/**
 * The full-text part of a request's filters, asked of the public repository's index once per request even when
 * the filter and the list of a page both need it.
 */
final class FullText {

    private final SessionSource events;
    private final Map<String, Set<String>> answered = new HashMap<>();

    /** @param events sessions on the public {@code events} workspace */
    FullText(SessionSource events) {
        this.events = events;
    }

    /** @return the match of the query, with the identifiers of the events holding its words when it has text */
    QueryMatch match(EventQuery query) throws RepositoryException {
        if (query.text().isEmpty()) {
            return new QueryMatch(query, null);
        }
        Set<String> ids = answered.get(query.text());
        if (ids == null) {
            Session session = events.open();
            try {
                ids = EventSearch.identifiers(session, query.text());
            } finally {
                session.logout();
            }
            answered.put(query.text(), ids);
        }
        return new QueryMatch(query, ids);
    }
}
