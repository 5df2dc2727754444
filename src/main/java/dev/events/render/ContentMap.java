package dev.events.render;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import dev.events.content.Translations;

/**
 * A JCR node as a read-only map, as Magnolia's ContentMap gives it to templates: {@code @name}, {@code @path}
 * ({@code @handle}), {@code @id} ({@code @uuid}), {@code @depth} ({@code @level}), {@code @nodeType}; dates as
 * {@link java.util.Calendar}, booleans, longs, doubles, multi-values as {@code String[]}, child nodes as maps.
 * Translated properties resolve for the map's language: {@code title} reads {@code title_fr} in French when it
 * has a value, else {@code title}. Values are not escaped here: templates auto-escape.
 */
public final class ContentMap extends AbstractMap<String, Object> {

    private final Node node;
    private final Locale locale;

    /** @param locale the language translated properties resolve for */
    public ContentMap(Node node, Locale locale) {
        this.node = node;
        this.locale = locale;
    }

    /** @return the wrapped node, as Magnolia's {@code ContentMap.getJCRNode()} */
    public Node getJCRNode() {
        return node;
    }

    /** @return the language of this map */
    public Locale locale() {
        return locale;
    }

    @Override
    public Object get(Object key) {
        try {
            return key instanceof String name ? value(name) : null;
        } catch (RepositoryException e) {
            throw new IllegalStateException("Cannot read " + key + " of " + path(), e);
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    private Object value(String name) throws RepositoryException {
        return switch (name) {
            case "@name" -> node.getName();
            case "@path", "@handle" -> node.getPath();
            case "@id", "@uuid" -> node.getIdentifier();
            case "@depth", "@level" -> node.getDepth();
            case "@nodeType" -> node.getPrimaryNodeType().getName();
            default -> property(name);
        };
    }

    private Object property(String name) throws RepositoryException {
        Optional<Property> property = Translations.property(node, name, locale);
        if (property.isPresent()) {
            return convert(property.get());
        }
        return node.hasNode(name) ? new ContentMap(node.getNode(name), locale) : null;
    }

    private static Object convert(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            Value[] values = property.getValues();
            String[] strings = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                strings[i] = values[i].getString();
            }
            return strings;
        }
        Value value = property.getValue();
        return switch (value.getType()) {
            case PropertyType.DATE -> value.getDate();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.BINARY -> null;
            default -> value.getString();
        };
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> entries = new LinkedHashSet<>();
        try {
            for (PropertyIterator it = node.getProperties(); it.hasNext();) {
                String name = it.nextProperty().getName();
                entries.add(new SimpleImmutableEntry<>(name, get(name)));
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("Cannot list " + path(), e);
        }
        return entries;
    }

    private String path() {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            return "?";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentMap other && other.node.equals(node) && other.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return "ContentMap[" + path() + "]";
    }
}
