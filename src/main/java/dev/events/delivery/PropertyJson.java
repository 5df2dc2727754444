package dev.events.delivery;

import java.io.IOException;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.events.definition.RestEndpointDefinition.Reference;

/**
 * Writes a property's value as the delivery endpoint types it: booleans and numbers as JSON booleans and numbers,
 * dates as ISO-8601 text with milliseconds and the stored offset ({@code 2017-10-05T00:00:00.000+09:00}), other
 * values as text, a multi-valued property as an array (even of one value), and a reference an endpoint resolves
 * as the object it refers to.
 */
final class PropertyJson {

    private final AssetReferences references;
    private final Node node;

    /** @param node the node the properties written belong to */
    PropertyJson(AssetReferences references, Node node) {
        this.references = references;
        this.node = node;
    }

    void write(Property property, JsonGenerator json) throws RepositoryException, IOException {
        Optional<Reference> reference = references.of(node, property.getName());
        if (!property.isMultiple()) {
            value(property.getValue(), reference, json);
            return;
        }
        json.writeStartArray();
        for (Value value : property.getValues()) {
            value(value, reference, json);
        }
        json.writeEndArray();
    }

    private void value(Value value, Optional<Reference> reference, JsonGenerator json)
            throws RepositoryException, IOException {
        switch (value.getType()) {
            case PropertyType.BOOLEAN -> json.writeBoolean(value.getBoolean());
            case PropertyType.LONG -> json.writeNumber(value.getLong());
            case PropertyType.DECIMAL -> json.writeNumber(value.getDecimal());
            case PropertyType.DOUBLE -> number(value.getDouble(), json);
            // Jackrabbit's date text is ISO-8601 with milliseconds and the stored offset, as Magnolia serves it
            default -> {
                if (reference.isEmpty() || !references.write(value.getString(), reference.get(), json)) {
                    json.writeString(value.getString());
                }
            }
        }
    }

    /** JSON has no NaN nor infinity: those (which validation keeps out of events) are served as text. */
    private static void number(double value, JsonGenerator json) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeString(Double.toString(value));
        }
    }
}
