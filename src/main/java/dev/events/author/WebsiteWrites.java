package dev.events.author;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.ContentStamps;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.WorkflowService;

/**
 * Runs changes of the author {@code website} workspace: each in its own session, saved once when it succeeds and
 * thrown away when it fails, while no publication runs (so none publishes half a change).
 */
final class WebsiteWrites {

    private final Repositories repositories;
    private final WorkflowService workflow;
    private final ContentStamps stamps;

    WebsiteWrites(Repositories repositories, WorkflowService workflow, ContentStamps stamps) {
        this.repositories = repositories;
        this.workflow = workflow;
        this.stamps = stamps;
    }

    /** A change of the workspace; its exceptions are thrown as they are. */
    @FunctionalInterface
    interface Change<T> {
        T apply(Session website) throws Exception;
    }

    /** @return what the change returns, once saved */
    <T> T run(Change<T> change) throws Exception {
        return workflow.exclusive(() -> {
            Session website = repositories.author().login(Workspaces.WEBSITE);
            try {
                T result = change.apply(website);
                website.save();
                return result;
            } finally {
                website.logout();
            }
        });
    }

    /** @return the page at the path, else a 404 */
    static Node page(Session website, String path) throws RepositoryException {
        if (path.startsWith("/") && website.nodeExists(path)) {
            Node node = website.getNode(path);
            if (node.isNodeType(NodeTypes.PAGE)) {
                return node;
            }
        }
        throw new NotFoundPage("There is no page " + path + ".");
    }

    /** Stamps a node as new, and its page as changed: a page's state is its components' too. */
    Node created(Node node, Node page, String user) throws RepositoryException {
        stamps.created(node, user);
        if (!node.isSame(page)) {
            stamps.modified(page, user);
        }
        return node;
    }

    /** Stamps a node and its page as changed. */
    void modified(Node node, Node page, String user) throws RepositoryException {
        stamps.modified(node, user);
        if (!node.isSame(page)) {
            stamps.modified(page, user);
        }
    }

    /** No page, area or component at an address; answered 404. */
    static final class NotFoundPage extends RuntimeException {
        NotFoundPage(String message) {
            super(message);
        }
    }
}
