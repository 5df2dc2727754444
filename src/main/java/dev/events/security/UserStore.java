package dev.events.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.ContentStamps;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * The users of the author instance: nodes of type {@code mgnl:user} at the root of the author repository's
 * {@code users} workspace, named by the user name, with Magnolia's properties {@code name}, {@code pswd} (a
 * bcrypt hash), {@code enabled}, and {@code roles} (multi-valued: editor, publisher, admin).
 */
public final class UserStore {

    private static final Object WRITES = new Object();

    private final Repositories repositories;
    private final PasswordHasher hasher;
    private final ContentStamps stamps;

    public UserStore(Repositories repositories, PasswordHasher hasher, Clock clock) {
        this.repositories = repositories;
        this.hasher = hasher;
        this.stamps = new ContentStamps(clock);
    }

    /**
     * Adds an enabled user; nothing is written when it is refused.
     *
     * @param by who adds the user, for {@code mgnl:createdBy}
     * @throws UserException for a bad name (2-32 of a-z 0-9 . _ -, starting with a letter or digit), a password
     *                       shorter than 10 characters, no role, or a name that is taken
     */
    public User add(String name, Set<Role> roles, char[] password, String by)
            throws UserException, RepositoryException {
        UserRules.checkName(name);
        UserRules.checkRoles(roles);
        UserRules.checkPassword(password);
        refuseTaken(name);
        String hash = hasher.hash(password);
        synchronized (WRITES) {
            Session session = repositories.author().login(Workspaces.USERS);
            try {
                refuseTaken(session, name);
                UserNodes.write(stamps.created(session.getRootNode().addNode(name, NodeTypes.USER), by), roles, hash);
                session.save();
            } finally {
                session.logout();
            }
        }
        return new User(name, Set.copyOf(roles));
    }

    /**
     * @return the user when the name and password match an enabled user; empty otherwise, after the same work
     *         (one hash verification) whether or not the name exists
     */
    public Optional<User> authenticate(String name, char[] password) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.USERS);
        try {
            Optional<Node> node = UserNodes.find(session, name);
            Optional<String> hash = node.isPresent() ? UserNodes.hash(node.get()) : Optional.empty();
            if (hash.isEmpty()) {
                hasher.verifyNothing(password);
                return Optional.empty();
            }
            boolean matches = hasher.verify(password, hash.get()) && UserNodes.isEnabled(node.get());
            return matches ? Optional.of(UserNodes.toUser(node.get())) : Optional.empty();
        } finally {
            session.logout();
        }
    }

    /** @return the user of that name, enabled or not */
    public Optional<User> find(String name) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.USERS);
        try {
            Optional<Node> node = UserNodes.find(session, name);
            return node.isPresent() ? Optional.of(UserNodes.toUser(node.get())) : Optional.empty();
        } finally {
            session.logout();
        }
    }

    /** @return true when a user of that name exists, enabled or not */
    public boolean exists(String name) throws RepositoryException {
        return find(name).isPresent();
    }

    /**
     * Enables or disables a user; a disabled user cannot log in.
     *
     * @throws UserException when there is no such user
     */
    public void setEnabled(String name, boolean enabled, String by) throws UserException, RepositoryException {
        synchronized (WRITES) {
            Session session = repositories.author().login(Workspaces.USERS);
            try {
                Node node = UserNodes.find(session, name)
                        .orElseThrow(() -> new UserException("No user '" + name + "'"));
                stamps.modified(node, by).setProperty(UserNodes.ENABLED, enabled);
                session.save();
            } finally {
                session.logout();
            }
        }
    }

    private void refuseTaken(String name) throws UserException, RepositoryException {
        if (exists(name)) {
            throw new UserException("A user named '" + name + "' exists already");
        }
    }

    private static void refuseTaken(Session session, String name) throws UserException, RepositoryException {
        if (session.getRootNode().hasNode(name)) {
            throw new UserException("A user named '" + name + "' exists already");
        }
    }
}
