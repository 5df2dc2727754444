package dev.events.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns one file's SnakeYAML node graph into {@link YNode}s, applying Magnolia's tags
 * ({@code !include:}, {@code !override}, {@code !content-type:} on the root) and YAML merge keys.
 */
final class NodeConverter {

    static final String INCLUDE = "!include:";
    static final String CONTENT_TYPE = "!content-type:";
    private static final String OVERRIDE = "!override";
    private static final String CORE = Tag.PREFIX;

    private final YamlReader reader;
    private final String file;
    private final Problems problems;

    NodeConverter(YamlReader reader, String file, Problems problems) {
        this.reader = reader;
        this.file = file;
        this.problems = problems;
    }

    /** Converts a file's root node; only the root mapping may carry {@code !content-type:}. */
    YNode convertRoot(Node node) {
        return convert(node, "", line(node), true);
    }

    private YNode convert(Node node, String path, int line, boolean root) {
        String tag = node.getTag().getValue();
        if (tag.startsWith(INCLUDE)) {
            return include(node, tag.substring(INCLUDE.length()), path, line);
        }
        boolean contentType = tag.startsWith(CONTENT_TYPE) && root && node instanceof MappingNode;
        if (!tag.startsWith(CORE) && !contentType && !(tag.equals(OVERRIDE) && node instanceof MappingNode)) {
            problems.error(file, line(node), path, "unknown YAML tag '" + tag + "'");
            return YNode.Scalar.broken(file, line);
        }
        if (node instanceof MappingNode map) {
            return new YNode.Map(entries(map, path), contentType ? tag : null, file, line);
        }
        if (node instanceof SequenceNode seq) {
            return sequence(seq, path, line);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new YNode.Scalar(isNull(scalar) ? null : scalar.getValue(), kind(scalar), file, line);
    }

    private YNode include(Node node, String target, String path, int line) {
        YNode.Scalar at = new YNode.Scalar(target, "str", file, line(node));
        YNode included = reader.include(target, at, path);
        if (!(node instanceof MappingNode map) || included == null) {
            return included == null ? YNode.Scalar.broken(file, line) : included;
        }
        if (!(included instanceof YNode.Map base)) {
            problems.error(at, path, "included file '" + target + "' is not a map, so keys cannot be added to it");
            return included;
        }
        LinkedHashMap<String, YNode.Entry> merged = new LinkedHashMap<>(base.entries());
        merged.putAll(entries(map, path));
        return new YNode.Map(merged, null, file, line);
    }

    private YNode sequence(SequenceNode seq, String path, int line) {
        List<YNode> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            items.add(convert(item, path + "[" + items.size() + "]", line(item), false));
        }
        return new YNode.Seq(items, file, line);
    }

    private LinkedHashMap<String, YNode.Entry> entries(MappingNode map, String path) {
        LinkedHashMap<String, YNode.Entry> merged = new LinkedHashMap<>();
        LinkedHashMap<String, YNode.Entry> own = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                merge(tuple.getValueNode(), path, merged);
            } else if (keyNode instanceof ScalarNode key) {
                own(key, tuple.getValueNode(), path, own);
            } else {
                problems.error(file, line(keyNode), path, "a key must be plain text");
            }
        }
        merged.putAll(own);
        return merged;
    }

    private void own(ScalarNode key, Node value, String path, LinkedHashMap<String, YNode.Entry> own) {
        String name = key.getValue();
        String childPath = Problems.path(path, name);
        if (own.containsKey(name)) {
            problems.warning(file, line(key), childPath, "duplicate key '" + name + "'; the last one wins");
        }
        own.put(name, new YNode.Entry(name, line(key), convert(value, childPath, line(key), false)));
    }

    private void merge(Node source, String path, LinkedHashMap<String, YNode.Entry> into) {
        List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
        for (Node each : sources) {
            if (!(convert(each, path, line(each), false) instanceof YNode.Map map)) {
                problems.error(file, line(each), path, "a merge key '<<' needs a map or a list of maps");
                continue;
            }
            map.entries().forEach(into::putIfAbsent);
        }
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    private static String kind(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        if (Tag.BOOL.equals(tag)) {
            return "bool";
        }
        if (Tag.INT.equals(tag)) {
            return "int";
        }
        return Tag.FLOAT.equals(tag) ? "float" : "str";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
