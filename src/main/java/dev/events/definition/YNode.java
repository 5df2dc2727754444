package dev.events.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A parsed YAML node that remembers the file and 1-based line it came from, after Magnolia's tags
 * ({@code !include}, {@code !override}) and YAML merge keys are resolved.
 */
sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {

    /** @return the file, relative to the light-modules directory */
    String file();

    /** @return the 1-based line */
    int line();

    /** @return this node as plain Java: String, Boolean, Long, Double, null, List or LinkedHashMap */
    Object toPlain();

    /**
     * A scalar.
     *
     * @param value the text ({@code null} for a YAML null)
     * @param kind  the resolved YAML type: {@code str}, {@code int}, {@code float}, {@code bool} or {@code null}
     */
    record Scalar(String value, String kind, String file, int line) implements YNode {

        /** The kind of a placeholder for a node that could not be read; its problem is already reported. */
        static final String BROKEN = "broken";

        /** @return a placeholder for a node whose problem (missing include, unknown tag) is already reported */
        static Scalar broken(String file, int line) {
            return new Scalar(null, BROKEN, file, line);
        }

        @Override
        public Object toPlain() {
            return switch (kind) {
                case "null", BROKEN -> null;
                case "bool" -> Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"));
                case "int" -> parseLong();
                case "float" -> parseDouble();
                default -> value;
            };
        }

        private Object parseLong() {
            try {
                return Long.valueOf(value.replace("_", ""));
            } catch (NumberFormatException e) {
                return value;
            }
        }

        private Object parseDouble() {
            try {
                return Double.valueOf(value.replace("_", ""));
            } catch (NumberFormatException e) {
                return value;
            }
        }
    }

    /** A sequence. */
    record Seq(List<YNode> items, String file, int line) implements YNode {
        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>();
            items.forEach(i -> out.add(i.toPlain()));
            return out;
        }
    }

    /**
     * A mapping with string keys, in order.
     *
     * @param entries the entries by key
     * @param tag     a Magnolia tag kept for the caller ({@code !content-type:x}), or null
     */
    record Map(LinkedHashMap<String, Entry> entries, String tag, String file, int line) implements YNode {

        /** @return the value of the key, or null */
        YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** @return whether the key is present */
        boolean has(String key) {
            return entries.containsKey(key);
        }

        /** @return the scalar text of the key, or null when absent, null or not a scalar */
        String text(String key) {
            return get(key) instanceof Scalar s ? s.value() : null;
        }

        /** @return the boolean value of the key, or the fallback */
        boolean flag(String key, boolean fallback) {
            return get(key) instanceof Scalar s && s.value() != null ? Boolean.TRUE.equals(s.toPlain())
                    || "true".equalsIgnoreCase(s.value()) : fallback;
        }

        /** @return the line of the key, or this map's line when absent */
        int lineOf(String key) {
            Entry e = entries.get(key);
            return e == null ? line : e.keyLine();
        }

        @Override
        public Object toPlain() {
            java.util.Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((k, e) -> out.put(k, e.value().toPlain()));
            return out;
        }
    }

    /** A mapping entry: its key, the line of the key, and its value. */
    record Entry(String key, int keyLine, YNode value) {
    }

    /** @return whether the node is absent, a YAML null, or a placeholder whose problem is already reported */
    static boolean isEmpty(YNode node) {
        return node == null || node instanceof Scalar s && s.value() == null;
    }

    /** @return whether the node stands for one that could not be read; its problem is already reported */
    static boolean isBroken(YNode node) {
        return node instanceof Scalar s && Scalar.BROKEN.equals(s.kind());
    }

    /** @return the plain form of a map's entries, minus the given keys */
    static java.util.Map<String, Object> plainWithout(Map map, java.util.Set<String> skip) {
        java.util.Map<String, Object> out = new LinkedHashMap<>();
        map.entries().forEach((k, e) -> {
            if (!skip.contains(k)) {
                out.put(k, e.value().toPlain());
            }
        });
        return out;
    }

}
