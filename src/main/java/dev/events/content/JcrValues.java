package dev.events.content;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** Reads property values without caring whether a property was written single- or multi-valued. */
public final class JcrValues {

    private JcrValues() {
    }

    /** @return the values of the property as strings; empty when it is absent */
    public static List<String> strings(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return List.of();
        }
        Property property = node.getProperty(name);
        if (!property.isMultiple()) {
            return List.of(property.getString());
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(value.getString());
        }
        return List.copyOf(values);
    }
}
