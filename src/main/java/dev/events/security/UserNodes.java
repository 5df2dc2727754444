package dev.events.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import dev.events.content.NodeTypes;

/** Reads and writes the properties of one {@code mgnl:user} node, Magnolia's names. */
final class UserNodes {

    static final String NAME = "name";
    static final String PASSWORD = "pswd";
    static final String ROLES = "roles";
    static final String ENABLED = "enabled";

    private UserNodes() {
    }

    static void write(Node node, Set<Role> roles, String hash) throws RepositoryException {
        node.setProperty(NAME, node.getName());
        node.setProperty(PASSWORD, hash);
        node.setProperty(ROLES, EnumSet.copyOf(roles).stream().map(Role::value).toArray(String[]::new));
        node.setProperty(ENABLED, true);
    }

    static Optional<Node> find(Session session, String name) throws RepositoryException {
        if (!UserRules.isValidName(name) || !session.getRootNode().hasNode(name)) {
            return Optional.empty();
        }
        Node node = session.getRootNode().getNode(name);
        return node.isNodeType(NodeTypes.USER) ? Optional.of(node) : Optional.empty();
    }

    static Optional<String> hash(Node node) throws RepositoryException {
        return node.hasProperty(PASSWORD) ? Optional.of(node.getProperty(PASSWORD).getString()) : Optional.empty();
    }

    static boolean isEnabled(Node node) throws RepositoryException {
        return node.hasProperty(ENABLED) && node.getProperty(ENABLED).getBoolean();
    }

    static User toUser(Node node) throws RepositoryException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (node.hasProperty(ROLES)) {
            for (Value value : node.getProperty(ROLES).getValues()) {
                Role.of(value.getString()).ifPresent(roles::add);
            }
        }
        return new User(node.getName(), Set.copyOf(roles));
    }
}
