package dev.events.publish;

import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.PageProperties;
import dev.events.content.Workspaces;

/** What the workflow can be asked to publish: events by name, pages by path. */
final class WorkflowItems {

    private WorkflowItems() {
    }

    /**
     * @param name an event's name in {@code events}, a page's path ({@code /conferences}) in {@code website}
     * @return the item's author node
     */
    static Optional<Node> find(Session session, String workspace, String name) throws RepositoryException {
        if (Workspaces.EVENTS.equals(workspace)) {
            return EventLookup.byName(session, name);
        }
        if (Workspaces.WEBSITE.equals(workspace) && name != null && name.startsWith("/")
                && !name.contains("//") && session.nodeExists(name)) {
            Node node = session.getNode(name);
            return node.isNodeType(NodeTypes.PAGE) ? Optional.of(node) : Optional.empty();
        }
        return Optional.empty();
    }

    /** @return "event" or "page", for messages */
    static String kind(String workspace) {
        return Workspaces.WEBSITE.equals(workspace) ? "page" : "event";
    }

    /** @return the item's title, else its name */
    static String title(Node item) throws RepositoryException {
        String property = item.isNodeType(NodeTypes.PAGE) ? PageProperties.TITLE : EventProperties.TITLE;
        return item.hasProperty(property) ? item.getProperty(property).getString() : item.getName();
    }
}
