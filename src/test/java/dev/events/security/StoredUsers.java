package dev.events.security;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/** The user nodes of a test site's author repository, read and removed directly, so tests can share a site. */
final class StoredUsers {

    private StoredUsers() {
    }

    /** @return the names of the {@code mgnl:user} nodes, in order */
    static List<String> names(Repositories repositories) throws Exception {
        Session session = repositories.author().login(Workspaces.USERS);
        try {
            List<String> names = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                if (node.isNodeType(NodeTypes.USER)) {
                    names.add(node.getName());
                }
            }
            return names;
        } finally {
            session.logout();
        }
    }

    /** Removes every {@code mgnl:user} node. */
    static void deleteAll(Repositories repositories) throws Exception {
        Session session = repositories.author().login(Workspaces.USERS);
        try {
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                if (node.isNodeType(NodeTypes.USER)) {
                    node.remove();
                }
            }
            session.save();
        } finally {
            session.logout();
        }
    }
}
