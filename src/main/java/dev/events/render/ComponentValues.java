package dev.events.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the values a component's dialog stored, whichever way they reached the component: as the dialog stores
 * them (Long, Boolean, String[] for multi-values) or as plain strings. A missing or unusable value gives the
 * component's default: a broken setting must not take the page down.
 */
final class ComponentValues {

    private final Map<String, Object> component;

    ComponentValues(Map<String, Object> component) {
        this.component = component;
    }

    /** @return the trimmed text, or empty */
    String text(String name) {
        Object value = component.get(name);
        return value == null ? "" : value.toString().strip();
    }

    /** @return the positive whole number, at most {@code max}; {@code fallback} when there is none */
    int number(String name, int fallback, int max) {
        try {
            long n = Long.parseLong(text(name));
            return n > 0 ? (int) Math.min(n, max) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** @return the check box's value, {@code fallback} when it was never saved */
    boolean flag(String name, boolean fallback) {
        String value = text(name);
        return value.isEmpty() ? fallback : Boolean.parseBoolean(value);
    }

    /** @return the non-blank values of a multi-value field (a single value counts as one) */
    List<String> texts(String name) {
        Object value = component.get(name);
        Collection<?> values = value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> collection ? collection : value == null ? List.of() : List.of(value);
        return values.stream().map(v -> String.valueOf(v).strip()).filter(v -> !v.isEmpty()).toList();
    }
}
