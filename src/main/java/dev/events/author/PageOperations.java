package dev.events.author;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;
import dev.events.content.PageProperties;
import dev.events.content.PublicationStatus;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;
import dev.events.publish.EventWorkflowState;
import dev.events.publish.WorkflowException;

/**
 * Changes of the page tree: add, rename, move (to another parent, or up and down among its sibling pages) and
 * delete. Each checks its input first and writes nothing when it refuses it.
 */
final class PageOperations {

    private final WebsiteWrites writes;
    private final DefinitionRegistry definitions;

    PageOperations(WebsiteWrites writes, DefinitionRegistry definitions) {
        this.writes = writes;
        this.definitions = definitions;
    }

    /** @return the path of the new page, below {@code parent} (empty or {@code /} for the top) */
    String add(String parent, String name, String title, String template, String user) throws Exception {
        return writes.run(website -> {
            Node under = parent(website, parent);
            PageNames.check("name", name, under, null, definitions);
            TemplateDefinition def = pageTemplate(template);
            if (title == null || title.isBlank()) {
                throw new InputException("title", "is required");
            }
            Node page = under.addNode(name, NodeTypes.PAGE);
            writes.created(page, page, user);
            page.setProperty(NodeTypes.TEMPLATE, def.id());
            page.setProperty(PageProperties.TITLE, title.strip());
            return page.getPath();
        });
    }

    /** @return the page's new path */
    String rename(String path, String name, String user) throws Exception {
        return writes.run(website -> {
            Node page = WebsiteWrites.page(website, path);
            requireNoRequest(page);
            PageNames.check("name", name, page.getParent(), page, definitions);
            String target = PageNames.child(page.getParent(), name);
            if (!target.equals(path)) {
                String next = nextName(page);
                website.move(path, target);
                if (next != null) {
                    // a move puts the page last; a rename keeps its place
                    page.getParent().orderBefore(name, next);
                }
                writes.modified(page, page, user);
            }
            return target;
        });
    }

    /** @return the page's new path, last among the pages of {@code parent} */
    String move(String path, String parent, String user) throws Exception {
        return writes.run(website -> {
            Node page = WebsiteWrites.page(website, path);
            requireNoRequest(page);
            Node under = parent(website, parent);
            if (under.isSame(page) || under.getPath().startsWith(path + "/")) {
                throw new InputException("parent", "a page cannot move below itself");
            }
            PageNames.check("parent", page.getName(), under, page, definitions);
            String target = PageNames.child(under, page.getName());
            if (!target.equals(path)) {
                website.move(path, target);
                writes.modified(page, page, user);
            }
            return target;
        });
    }

    /** Moves the page before the previous page ({@code up}) or after the next one ({@code down}). */
    void order(String path, String direction, String user) throws Exception {
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new InputException("direction", "must be up or down");
        }
        writes.run(website -> {
            Node page = WebsiteWrites.page(website, path);
            Node parent = page.getParent();
            Node before = "up".equals(direction) ? sibling(page, -1) : sibling(page, 1);
            if (before != null) {
                // down: the next page goes before this one
                String moving = "up".equals(direction) ? page.getName() : before.getName();
                String target = "up".equals(direction) ? before.getName() : page.getName();
                parent.orderBefore(moving, target);
                writes.modified(page, page, user);
            }
            return null;
        });
    }

    /** Deletes an unpublished page and its unpublished subpages; a published one needs unpublication first. */
    void delete(String path) throws Exception {
        writes.run(website -> {
            Node page = WebsiteWrites.page(website, path);
            requireNoRequest(page);
            String live = published(page);
            if (live != null) {
                throw new WorkflowException(409, "The page " + live + " is published: request its unpublication"
                        + " and have it approved before deleting.");
            }
            page.remove();
            return null;
        });
    }

    /** @return the first page of the subtree that is published, or null */
    static String published(Node page) throws RepositoryException {
        if (PublicationStatus.of(page) != PublicationStatus.NOT_PUBLISHED) {
            return page.getPath();
        }
        for (NodeIterator it = page.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            String live = child.isNodeType(NodeTypes.PAGE) ? published(child) : null;
            if (live != null) {
                return live;
            }
        }
        return null;
    }

    private TemplateDefinition pageTemplate(String id) throws InputException {
        return definitions.template(id == null ? "" : id).filter(t -> t.isPage() && t.visible())
                .orElseThrow(() -> new InputException("template", "choose one of the page templates offered"));
    }

    private static Node parent(Session website, String path) throws RepositoryException, InputException {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return website.getRootNode();
        }
        try {
            return WebsiteWrites.page(website, path);
        } catch (WebsiteWrites.NotFoundPage e) {
            throw new InputException("parent", "there is no page " + path);
        }
    }

    private static void requireNoRequest(Node page) throws RepositoryException, WorkflowException {
        if (EventWorkflowState.of(page).equals("pending") || EventWorkflowState.of(page).equals("scheduled")) {
            throw new WorkflowException(409, "A publication request for " + page.getPath()
                    + " is under way; wait for the publisher's decision.");
        }
    }

    /** @return the name of the node after this one among its parent's children, or null for the last */
    private static String nextName(Node node) throws RepositoryException {
        for (NodeIterator it = node.getParent().getNodes(); it.hasNext();) {
            if (it.nextNode().isSame(node)) {
                return it.hasNext() ? it.nextNode().getName() : null;
            }
        }
        return null;
    }

    /** @return the previous ({@code -1}) or next ({@code 1}) sibling page, or null */
    private static Node sibling(Node page, int step) throws RepositoryException {
        Node previous = null;
        for (NodeIterator it = page.getParent().getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(NodeTypes.PAGE)) {
                continue;
            }
            if (child.isSame(page)) {
                if (step < 0) {
                    return previous;
                }
                return nextPage(it);
            }
            previous = child;
        }
        return null;
    }

    private static Node nextPage(NodeIterator it) throws RepositoryException {
        while (it.hasNext()) {
            Node child = it.nextNode();
            if (child.isNodeType(NodeTypes.PAGE)) {
                return child;
            }
        }
        return null;
    }
}
