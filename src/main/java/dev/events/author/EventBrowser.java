package dev.events.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import dev.events.content.EventHistory;
import dev.events.content.EventProperties;
import dev.events.content.JcrValues;
import dev.events.content.NodeTypes;
import dev.events.content.PublicationStatus;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Answers the events browser from the author repository: an XPath query (ordered by Lucene, never by JCR-SQL2)
 * for text, category and folder; publication status is compared in memory, as it depends on two dates.
 */
public final class EventBrowser {

    private final Repositories repositories;
    private final BrowserRows rows;

    public EventBrowser(Repositories repositories) {
        this.repositories = repositories;
        this.rows = new BrowserRows(Locale.ENGLISH);
    }

    /** @return the page of events the query asks for */
    public BrowserPage browse(BrowserQuery query) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            List<Node> matches = matches(session, query);
            int pageCount = Math.max(1, (matches.size() + BrowserQuery.PAGE_SIZE - 1) / BrowserQuery.PAGE_SIZE);
            int from = Math.min(matches.size(), (query.page() - 1) * BrowserQuery.PAGE_SIZE);
            List<BrowserRow> page = new ArrayList<>();
            for (Node node : matches.subList(from, Math.min(matches.size(), from + BrowserQuery.PAGE_SIZE))) {
                page.add(rows.row(node));
            }
            return new BrowserPage(page, query.page(), pageCount, matches.size(), folders(session),
                    categories(session));
        } finally {
            session.logout();
        }
    }

    private static List<Node> matches(Session session, BrowserQuery query) throws RepositoryException {
        Query xpath = session.getWorkspace().getQueryManager().createQuery(BrowserXPath.of(query), Query.XPATH);
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator it = xpath.execute().getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            boolean wanted = query.status() == null || PublicationStatus.of(node) == query.status();
            if (wanted && !EventHistory.isTrashed(node)) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static List<String> folders(Session session) throws RepositoryException {
        List<String> folders = new ArrayList<>();
        for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.FOLDER)) {
                folders.add(node.getName());
            }
        }
        folders.sort(java.util.Comparator.reverseOrder());
        return folders;
    }

    private static List<String> categories(Session session) throws RepositoryException {
        Query all = session.getWorkspace().getQueryManager().createQuery(
                "/jcr:root//element(*, " + NodeTypes.CONTENT + ")[@" + EventProperties.CATEGORIES + "]", Query.XPATH);
        TreeSet<String> categories = new TreeSet<>();
        for (NodeIterator it = all.execute().getNodes(); it.hasNext();) {
            categories.addAll(JcrValues.strings(it.nextNode(), EventProperties.CATEGORIES));
        }
        return List.copyOf(categories);
    }
}
