package dev.events.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import dev.events.content.EmbeddedRepository;
import dev.events.content.Workspaces;

/**
 * A digest of everything stored in the content workspaces of a repository (every node's path and every property
 * with its values; binaries by length), so that a test can say "nothing was written": the digest before and
 * after a refused request are equal. {@code jcr:system} (versions) is left out: nothing refused versions
 * anything without also changing a node.
 */
public final class RepositoryFingerprint {

    /** The workspaces requests can change. */
    public static final List<String> WORKSPACES = List.of(Workspaces.EVENTS, Workspaces.WEBSITE, Workspaces.DAM,
            Workspaces.USERS, Workspaces.TASKS);

    private RepositoryFingerprint() {
    }

    /** @return the digest of the workspaces' content */
    public static String of(EmbeddedRepository repository) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String line : content(repository)) {
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return every node and property of the workspaces, a line each, for a readable difference */
    public static List<String> content(EmbeddedRepository repository) throws Exception {
        List<String> content = new ArrayList<>();
        for (String workspace : WORKSPACES) {
            Session session = repository.login(workspace);
            try {
                lines(session.getRootNode()).forEach(line -> content.add(workspace + ":" + line));
            } finally {
                session.logout();
            }
        }
        return content;
    }

    private static List<String> lines(Node root) throws RepositoryException {
        List<String> lines = new ArrayList<>();
        collect(root, lines);
        return lines;
    }

    private static void collect(Node node, List<String> lines) throws RepositoryException {
        if (node.getPath().equals("/jcr:system")) {
            return;
        }
        lines.add(node.getPath());
        List<String> properties = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            properties.add(p.getPath() + "=" + (p.isMultiple() ? values(p.getValues()) : value(p.getValue())));
        }
        // the repository gives properties in no fixed order; child nodes keep theirs, which pages' order is
        properties.sort(null);
        lines.addAll(properties);
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            collect(it.nextNode(), lines);
        }
    }

    private static String values(Value[] values) throws RepositoryException {
        List<String> texts = new ArrayList<>();
        for (Value v : values) {
            texts.add(value(v));
        }
        return texts.toString();
    }

    private static String value(Value value) throws RepositoryException {
        return value.getType() == PropertyType.BINARY ? "binary:" + value.getBinary().getSize() : value.getString();
    }
}
