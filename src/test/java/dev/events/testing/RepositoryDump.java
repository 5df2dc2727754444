package dev.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeIterator;

import dev.events.content.EmbeddedRepository;

/**
 * Everything a repository holds, as lines to compare two repositories exactly: every workspace (Jackrabbit's own
 * {@code default} and {@code security} too) node by node in document order, with identifier, types and every
 * property (binaries as length and SHA-256), the version storage, the registered node types and the version labels.
 */
public final class RepositoryDump {

    private static final String SYSTEM = "/jcr:system";

    private RepositoryDump() {
    }

    /** @return the lines of the whole repository */
    public static List<String> of(EmbeddedRepository repository) throws RepositoryException, IOException {
        List<String> lines = new ArrayList<>();
        Session any = repository.login(null);
        try {
            String[] workspaces = any.getWorkspace().getAccessibleWorkspaceNames();
            Arrays.sort(workspaces);
            for (String workspace : workspaces) {
                lines.addAll(ofWorkspace(repository, workspace, property -> true));
            }
            walk(any.getNode(SYSTEM + "/jcr:versionStorage"), "versions", property -> true, lines);
            for (NodeTypeIterator it = any.getWorkspace().getNodeTypeManager().getAllNodeTypes(); it.hasNext();) {
                NodeType type = it.nextNodeType();
                lines.add("nodetype " + type.getName() + " > " + Arrays.stream(type.getDeclaredSupertypeNames())
                        .sorted().toList());
            }
        } finally {
            any.logout();
        }
        return lines;
    }

    /**
     * @param keep which properties to list (all, or all but those a copy may not carry)
     * @return the lines of one workspace, {@code /jcr:system} left out
     */
    public static List<String> ofWorkspace(EmbeddedRepository repository, String workspace, Predicate<Property> keep)
            throws RepositoryException, IOException {
        List<String> lines = new ArrayList<>();
        Session session = repository.login(workspace);
        try {
            walk(session.getRootNode(), workspace, keep, lines);
        } finally {
            session.logout();
        }
        return lines;
    }

    private static void walk(Node node, String prefix, Predicate<Property> keep, List<String> lines)
            throws RepositoryException, IOException {
        lines.add(prefix + ":" + node.getPath() + " {" + node.getIdentifier() + "} " + node.getPrimaryNodeType()
                .getName() + " " + Arrays.stream(node.getMixinNodeTypes()).map(NodeType::getName).sorted().toList());
        List<String> properties = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (keep.test(property)) {
                properties.add(prefix + ":" + property.getPath() + " = " + describe(property));
            }
        }
        properties.sort(null);
        lines.addAll(properties);
        if (node.isNodeType(NodeType.NT_VERSION_HISTORY)) {
            lines.add(prefix + ":" + node.getPath() + " labels " + Arrays.stream(
                    ((javax.jcr.version.VersionHistory) node).getVersionLabels()).sorted().toList());
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.getPath().equals(SYSTEM)) {
                walk(child, prefix, keep, lines);
            }
        }
    }

    private static String describe(Property property) throws RepositoryException, IOException {
        String type = PropertyType.nameFromValue(property.getType());
        if (!property.isMultiple()) {
            return type + " " + text(property.getValue());
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(text(value));
        }
        return type + "[] " + values;
    }

    private static String text(Value value) throws RepositoryException, IOException {
        if (value.getType() != PropertyType.BINARY) {
            return value.getString();
        }
        Binary binary = value.getBinary();
        try (InputStream in = binary.getStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] bytes = in.readAllBytes();
            return bytes.length + " bytes sha256:" + HexFormat.of().formatHex(sha.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            binary.dispose();
        }
    }
}
