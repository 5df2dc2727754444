package dev.events.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.events.content.EventProperties;
import dev.events.content.Translations;

/**
 * Writes a node in the delivery endpoint's JSON shape: {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}, the properties (typed: dates as ISO-8601 text with offset, booleans, numbers, multi-values
 * as arrays), the child nodes of the served types down to the endpoint's depth, each under its name, and
 * {@code @nodes} naming them. Translated properties are served in the request's language under their base name.
 * Properties appear content first, then system ones, each group by name, so that equal content gives equal
 * bytes (and ETags). {@code jcr:} properties are never served: identifier and type are {@code @id} and
 * {@code @nodeType}, the rest are repository internals.
 */
final class NodeJsonWriter {

    private final DeliveryEndpoint endpoint;
    private final DeliveryLanguage language;
    private final AssetReferences references;

    NodeJsonWriter(DeliveryEndpoint endpoint, DeliveryLanguage language, AssetReferences references) {
        this.endpoint = endpoint;
        this.language = language;
        this.references = references;
    }

    /** Writes the node and its children down to the endpoint's depth. */
    void write(Node node, JsonGenerator json) throws RepositoryException, IOException {
        write(node, 0, json);
    }

    private void write(Node node, int level, JsonGenerator json) throws RepositoryException, IOException {
        json.writeStartObject();
        json.writeStringField("@name", node.getName());
        json.writeStringField("@path", node.getPath());
        json.writeStringField("@id", node.getIdentifier());
        json.writeStringField("@nodeType", node.getPrimaryNodeType().getName());
        Map<String, Property> served = served(node);
        PropertyJson values = new PropertyJson(references, node);
        for (Map.Entry<String, Property> property : served.entrySet()) {
            json.writeFieldName(property.getKey());
            values.write(property.getValue(), json);
        }
        List<String> children = level < endpoint.definition().depth()
                ? writeChildren(node, served.keySet(), level, json) : List.of();
        json.writeArrayFieldStart("@nodes");
        for (String child : children) {
            json.writeString(child);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** @return the names of the children written: those of the served types not shadowed by a property */
    private List<String> writeChildren(Node node, Set<String> properties, int level, JsonGenerator json)
            throws RepositoryException, IOException {
        List<String> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (endpoint.isChildType(child) && !properties.contains(child.getName())) {
                json.writeFieldName(child.getName());
                write(child, level + 1, json);
                children.add(child.getName());
            }
        }
        return children;
    }

    /**
     * @return the properties to serve by the name they are served under: content ones then system ones, each
     *         group by name; in a language, {@code title} is the translation or else the default language's value
     */
    private Map<String, Property> served(Node node) throws RepositoryException {
        TreeMap<String, Property> content = new TreeMap<>();
        TreeMap<String, Property> system = new TreeMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (PropertyTypes.SYSTEM.containsKey(name)) {
                if (endpoint.definition().includeSystemProperties()) {
                    system.put(name, property);
                }
            } else if (name.indexOf(':') < 0 && property.getType() != PropertyType.BINARY
                    && (language.all() || !isTranslated(name))) {
                content.put(name, property);
            }
        }
        if (!language.all()) {
            for (String base : endpoint.properties().translated()) {
                Translations.property(node, base, language.locale()).ifPresent(p -> content.put(base, p));
            }
        }
        Map<String, Property> all = new LinkedHashMap<>(content);
        all.putAll(system);
        return all;
    }

    /** @return whether the name is a translated property or one of its translations ({@code title_fr}) */
    private boolean isTranslated(String name) {
        Set<String> translated = endpoint.properties().translated();
        int underscore = name.lastIndexOf('_');
        return translated.contains(name) || underscore > 0 && translated.contains(name.substring(0, underscore))
                && EventProperties.LANGUAGES.contains(name.substring(underscore + 1));
    }
}
