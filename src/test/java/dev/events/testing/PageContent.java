package dev.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Declarative test pages: a page in the shape of Magnolia's YAML export (the node name as the only top-level
 * key; {@code jcr:primaryType}, {@code mgnl:template} and properties as entries; areas and components, named
 * {@code 0}, {@code 00}, ..., as nested maps), written into a {@code website} session. Lists become multi-valued
 * string properties; booleans, whole numbers, decimals and timestamps keep their JCR types.
 */
final class PageContent {

    private static final String PRIMARY_TYPE = "jcr:primaryType";

    private PageContent() {
    }

    /** @return the name of the page a test resource describes */
    static String name(String resource) throws IOException {
        return read(resource).keySet().iterator().next();
    }

    /**
     * Writes the page of a test resource below the root, replacing a node of the same name; does not save.
     *
     * @return the page node
     */
    static Node write(Session website, String resource) throws IOException, RepositoryException {
        Map<String, Object> root = read(resource);
        if (root.size() != 1) {
            throw new IllegalArgumentException(resource + " must hold exactly one top-level node");
        }
        Map.Entry<String, Object> page = root.entrySet().iterator().next();
        if (website.getRootNode().hasNode(page.getKey())) {
            website.getRootNode().getNode(page.getKey()).remove();
        }
        return node(website.getRootNode(), page.getKey(), map(page.getValue(), page.getKey()));
    }

    private static Node node(Node parent, String name, Map<String, Object> entries) throws RepositoryException {
        Node node = parent.addNode(name, String.valueOf(entries.get(PRIMARY_TYPE)));
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            Object value = entry.getValue();
            if (entry.getKey().equals(PRIMARY_TYPE)) {
                continue;
            } else if (value instanceof Map<?, ?>) {
                node(node, entry.getKey(), map(value, entry.getKey()));
            } else {
                property(node, entry.getKey(), value);
            }
        }
        return node;
    }

    private static void property(Node node, String name, Object value) throws RepositoryException {
        if (value instanceof List<?> values) {
            node.setProperty(name, values.stream().map(String::valueOf).toArray(String[]::new));
        } else if (value instanceof Boolean b) {
            node.setProperty(name, b);
        } else if (value instanceof Integer || value instanceof Long) {
            node.setProperty(name, ((Number) value).longValue());
        } else if (value instanceof Double d) {
            node.setProperty(name, d);
        } else if (value instanceof Date date) {
            Calendar calendar = new GregorianCalendar();
            calendar.setTime(date);
            node.setProperty(name, calendar);
        } else {
            node.setProperty(name, String.valueOf(value));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String name) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Node " + name + " must be a map");
        }
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> read(String resource) throws IOException {
        try (InputStream in = PageContent.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }
}
