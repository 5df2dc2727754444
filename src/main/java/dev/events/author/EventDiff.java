package dev.events.author;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;
import dev.events.content.JcrValues;

/** Field by field, what publishing a request would change on the public site. */
final class EventDiff {

    private EventDiff() {
    }

    /** @param live the public node, or null when the event is not published */
    static List<FieldChange> of(Node requested, Node live) throws RepositoryException {
        Set<String> names = new LinkedHashSet<>(ownProperties(requested));
        if (live != null) {
            names.addAll(ownProperties(live));
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String before = live == null ? "" : value(live, name);
            String after = value(requested, name);
            if (!before.equals(after)) {
                changes.add(new FieldChange(name, before, after));
            }
        }
        String linksBefore = live == null ? "" : links(live);
        if (!linksBefore.equals(links(requested))) {
            changes.add(new FieldChange(EventProperties.LINKS, linksBefore, links(requested)));
        }
        return changes;
    }

    /** @return the content properties: those without a namespace prefix */
    private static List<String> ownProperties(Node node) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (!property.getName().contains(":")) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private static String value(Node node, String name) throws RepositoryException {
        return String.join(", ", JcrValues.strings(node, name));
    }

    private static String links(Node node) throws RepositoryException {
        StringJoiner links = new StringJoiner("; ");
        if (node.hasNode(EventProperties.LINKS)) {
            for (NodeIterator it = node.getNode(EventProperties.LINKS).getNodes(); it.hasNext();) {
                Node link = it.nextNode();
                links.add(value(link, EventProperties.LINK_LABEL) + " → " + value(link, EventProperties.LINK_HREF));
            }
        }
        return links.toString();
    }
}
