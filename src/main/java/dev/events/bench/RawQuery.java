package dev.events.bench;

import java.time.Clock;
import java.util.GregorianCalendar;

import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;

import org.apache.jackrabbit.util.ISO8601;

import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * The first page of upcoming events asked of the public repository alone, by the fastest query it has (XPath
 * {@code order by @startDate}, sorted by Lucene; JCR-SQL2 {@code ORDER BY} takes seconds at 100,000 events):
 * the floor a rendered page compares to.
 */
final class RawQuery implements AutoCloseable {

    static final int LIMIT = 10;

    private final Repositories repositories;
    private final String statement;
    private Session session;

    RawQuery(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        String now = ISO8601.format(GregorianCalendar.from(clock.instant().atZone(java.time.ZoneOffset.UTC)));
        this.statement = "/jcr:root//element(*, " + NodeTypes.CONTENT + ")[@" + EventProperties.START_DATE
                + " >= xs:dateTime('" + now + "')] order by @" + EventProperties.START_DATE;
    }

    /** @return how many titles the first page has: the query and the reading of its events */
    int titles() throws Exception {
        if (session == null) {
            session = repositories.published().loginReadOnly(Workspaces.EVENTS);
        }
        return titles(session.getWorkspace().getQueryManager());
    }

    @Override
    public void close() {
        if (session != null) {
            session.logout();
        }
    }

    private int titles(QueryManager queries) throws Exception {
        Query query = queries.createQuery(statement, Query.XPATH);
        query.setLimit(LIMIT);
        int read = 0;
        for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
            read += it.nextNode().getProperty(EventProperties.TITLE).getString().isEmpty() ? 0 : 1;
        }
        return read;
    }
}
