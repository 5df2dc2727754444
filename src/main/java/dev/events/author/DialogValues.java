package dev.events.author;

import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.JcrValues;

/** Reads a component's (or page's) stored values into its dialog's form, and writes checked values back. */
final class DialogValues {

    private DialogValues() {
    }

    /** @return the form's values from the node: links to events shown by the event's name */
    static EditorValues read(Node node, DialogForm form, Session events) throws RepositoryException {
        EditorValues values = new EditorValues();
        for (EditorField field : form.fields().values()) {
            String name = field.name();
            switch (form.kind(field)) {
                case MULTI -> values.put(name, JcrValues.strings(node, name));
                case EVENT_LINK -> values.put(name, eventName(text(node, name), events));
                default -> values.put(name, text(node, name));
            }
            if (field.i18n()) {
                values.put(name + "_fr", text(node, name + "_fr"));
            }
        }
        return values;
    }

    /** Writes checked values ({@link DialogInput#check}); a null value removes the property. */
    static void write(Node node, Map<String, Object> checked) throws RepositoryException {
        for (Map.Entry<String, Object> entry : checked.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            if (node.hasProperty(name) && (value == null || node.getProperty(name).isMultiple()
                    != value instanceof String[])) {
                node.getProperty(name).remove();
            }
            if (value instanceof String[] list) {
                node.setProperty(name, list);
            } else if (value instanceof Long number) {
                node.setProperty(name, number);
            } else if (value instanceof Double number) {
                node.setProperty(name, number);
            } else if (value instanceof Boolean flag) {
                node.setProperty(name, flag);
            } else if (value instanceof Calendar date) {
                node.setProperty(name, date);
            } else if (value != null) {
                node.setProperty(name, value.toString());
            }
        }
    }

    private static String text(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name) || node.getProperty(name).isMultiple()) {
            return "";
        }
        Property property = node.getProperty(name);
        return switch (property.getType()) {
            case PropertyType.BOOLEAN -> property.getBoolean() ? "true" : "";
            case PropertyType.DATE -> property.getDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
            default -> property.getString();
        };
    }

    /** @return the name of the event with this identifier; the identifier itself when it is gone */
    private static String eventName(String id, Session events) throws RepositoryException {
        if (id.isEmpty()) {
            return "";
        }
        try {
            return events.getNodeByIdentifier(id).getName();
        } catch (RepositoryException | IllegalArgumentException gone) {
            return id;
        }
    }
}
