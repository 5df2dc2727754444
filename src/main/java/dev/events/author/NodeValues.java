package dev.events.author;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.EventTime;
import dev.events.content.JcrValues;

/** Reads a stored event into the editor's values; dates as wall time in the event's own zone. */
final class NodeValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private NodeValues() {
    }

    static EditorValues of(Node event, List<EditorTab> tabs) throws RepositoryException {
        EditorValues values = new EditorValues();
        ZoneId zone = EventTime.zone(event);
        boolean allDay = event.hasProperty(EventProperties.ALL_DAY)
                && event.getProperty(EventProperties.ALL_DAY).getBoolean();
        for (EditorTab tab : tabs) {
            for (EditorField field : tab.fields()) {
                read(event, field, values, zone, allDay);
            }
        }
        return values;
    }

    private static void read(Node event, EditorField field, EditorValues values, ZoneId zone, boolean allDay)
            throws RepositoryException {
        String name = field.name();
        switch (field.type()) {
            case "jcrMultiValueField" -> values.put(name, JcrValues.strings(event, name));
            case "jcrMultiField" -> values.put(name, rows(event, name));
            case "dateField" -> date(event, name, values, zone, allDay);
            default -> values.put(name, text(event, name));
        }
        if (field.i18n()) {
            values.put(name + "_fr", text(event, name + "_fr"));
        }
    }

    private static void date(Node event, String name, EditorValues values, ZoneId zone, boolean allDay)
            throws RepositoryException {
        if (!event.hasProperty(name) || event.getProperty(name).getType() != PropertyType.DATE) {
            return;
        }
        ZonedDateTime time = event.getProperty(name).getDate().toInstant().atZone(zone);
        values.put(name, time.toLocalDate().toString());
        boolean datesOnly = allDay && !name.equals(EventProperties.PUBLISHED);
        values.put(name + EditorValues.TIME, datesOnly ? "" : time.format(TIME));
    }

    private static String text(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name) || node.getProperty(name).isMultiple()) {
            return "";
        }
        Property property = node.getProperty(name);
        return property.getType() == PropertyType.BOOLEAN ? (property.getBoolean() ? "true" : "")
                : property.getString();
    }

    private static List<Map<String, String>> rows(Node event, String name) throws RepositoryException {
        List<Map<String, String>> rows = new ArrayList<>();
        if (!event.hasNode(name)) {
            return rows;
        }
        for (NodeIterator it = event.getNode(name).getNodes(); it.hasNext();) {
            Map<String, String> row = new LinkedHashMap<>();
            for (PropertyIterator props = it.nextNode().getProperties(); props.hasNext();) {
                Property p = props.nextProperty();
                if (!p.getName().contains(":")) {
                    row.put(p.getName(), p.getString());
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
