package dev.events.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads light-module YAML files into {@link YNode} trees with line numbers, through SnakeYAML's node API.
 * Syntax errors and missing includes are reported, never thrown.
 */
final class YamlReader {

    /** No definition comes near this; a larger file is refused before it is read. */
    private static final long MAX_FILE_BYTES = 1 << 20;

    private final Path root;
    private final Problems problems;
    private final Deque<String> reading = new ArrayDeque<>();

    /** @param root the light-modules directory; file names are relative to it */
    YamlReader(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    /**
     * @param file a file relative to the light-modules directory, with {@code /} separators
     * @return the root node (an empty map for an empty file), or null when the file cannot be parsed
     */
    YNode read(String file) {
        reading.push(file);
        try {
            Composed composed = compose(file);
            if (composed.failed()) {
                return null;
            }
            if (composed.node() == null) {
                return new YNode.Map(new java.util.LinkedHashMap<>(), null, file, 1);
            }
            return new NodeConverter(this, file, problems).convertRoot(composed.node());
        } finally {
            reading.pop();
        }
    }

    /**
     * Reads the target of an {@code !include:/module/path.yaml} tag.
     *
     * @return the included root node, or null when it is missing or broken (reported at the include)
     */
    YNode include(String target, YNode at, String key) {
        String rel = target.startsWith("/") ? target.substring(1) : target;
        Path path = root.resolve(rel).normalize();
        if (!path.startsWith(root.normalize()) || !Files.isRegularFile(path)) {
            problems.error(at, key, "included file '" + target + "' does not exist");
            return null;
        }
        if (reading.contains(rel)) {
            problems.error(at, key, "file '" + target + "' includes itself");
            return null;
        }
        return read(rel);
    }

    /** The outcome of composing a file: its root node (null when empty) or a failure already reported. */
    private record Composed(Node node, boolean failed) {
    }

    private Composed compose(String file) {
        String text;
        try {
            if (Files.size(root.resolve(file)) > MAX_FILE_BYTES) {
                problems.error(file, 1, "", "YAML file is larger than " + (MAX_FILE_BYTES >> 20) + " MB");
                return new Composed(null, true);
            }
            text = utf8(file, Files.readAllBytes(root.resolve(file)));
        } catch (IOException e) {
            problems.error(file, 1, "", "YAML file cannot be read: " + e.getMessage());
            return new Composed(null, true);
        }
        if (text == null) {
            return new Composed(null, true);
        }
        try {
            return new Composed(new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text)), false);
        } catch (MarkedYAMLException e) {
            problems.error(file, syntaxLine(e), "", "YAML syntax error: " + describe(e));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            problems.error(file, lineAt(text, e.getPosition()), "", "YAML syntax error: "
                    + firstLine(e.getMessage(), "unreadable character"));
        } catch (YAMLException e) {
            // limits of the whole document (nesting depth, size): reported at its start
            problems.error(file, 1, "", "YAML syntax error: " + firstLine(e.getMessage(), "unreadable"));
        }
        return new Composed(null, true);
    }

    /** @return the file's text, or null (reported at the line of the first bad byte) when it is not UTF-8 */
    private String utf8(String file, byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.error(file, line, "", "YAML file is not UTF-8: invalid bytes at line " + line);
            return null;
        }
        return out.flip().toString();
    }

    private static int lineAt(String text, int position) {
        return (int) text.substring(0, Math.min(Math.max(position, 0), text.length())).chars()
                .filter(c -> c == '\n').count() + 1;
    }

    /** @return the line at fault: where the unfinished construct began when the file ended inside it */
    private static int syntaxLine(MarkedYAMLException e) {
        boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
        Mark mark = atEnd && e.getContextMark() != null || e.getProblemMark() == null ? e.getContextMark()
                : e.getProblemMark();
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = firstLine(e.getProblem(), "malformed YAML");
        return e.getContext() == null ? problem : firstLine(e.getContext(), "") + ": " + problem;
    }

    private static String firstLine(String text, String fallback) {
        String t = text == null ? fallback : text;
        return t.lines().findFirst().orElse(fallback).trim();
    }
}
