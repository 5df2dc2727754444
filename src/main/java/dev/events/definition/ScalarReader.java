package dev.events.definition;

/** Reads typed scalar values of a definition map, reporting a value of the wrong type as an error. */
final class ScalarReader {

    private final Problems problems;

    ScalarReader(Problems problems) {
        this.problems = problems;
    }

    /** @return the text of {@code key}, or the fallback when it is absent or not text (then reported) */
    String text(YNode.Map map, String path, String key, String fallback) {
        YNode value = map.get(key);
        if (YNode.isEmpty(value)) {
            return fallback;
        }
        if (value instanceof YNode.Scalar s && s.toPlain() instanceof String text) {
            return text;
        }
        problems.error(value, Problems.path(path, key), "'" + key + "' must be text");
        return fallback;
    }

    /** @return the whole number of {@code key}, at least {@code min}, or the fallback (then reported) */
    int number(YNode.Map map, String path, String key, int fallback, int min) {
        YNode value = map.get(key);
        if (YNode.isEmpty(value)) {
            return fallback;
        }
        if (value instanceof YNode.Scalar s && s.toPlain() instanceof Long n && n >= min && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        problems.error(value, Problems.path(path, key), "'" + key + "' must be a whole number of at least " + min);
        return fallback;
    }

    /** @return the boolean of {@code key}, or the fallback when absent or not a boolean (then reported) */
    boolean flag(YNode.Map map, String path, String key, boolean fallback) {
        YNode value = map.get(key);
        if (YNode.isEmpty(value)) {
            return fallback;
        }
        if (value instanceof YNode.Scalar s && s.toPlain() instanceof Boolean b) {
            return b;
        }
        problems.error(value, Problems.path(path, key), "'" + key + "' must be true or false");
        return fallback;
    }
}
