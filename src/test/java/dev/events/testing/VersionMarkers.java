package dev.events.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventProperties;

/**
 * The version markers of the kill tests: an event written at version K carries {@code vK} in its title, its teaser
 * and its one link's label and address, so that a node whose markers differ is a mix of two versions.
 */
public final class VersionMarkers {

    private static final Pattern VERSION = Pattern.compile("\\bv(\\d+)\\b");

    private VersionMarkers() {
    }

    /** @return the version every marker of the event carries; fails, naming the markers, when they differ */
    public static int of(Node event) throws RepositoryException {
        Map<String, Integer> markers = new TreeMap<>();
        markers.put(EventProperties.TITLE, markerOf(event, EventProperties.TITLE));
        markers.put(EventProperties.TEASER, markerOf(event, EventProperties.TEASER));
        Node links = event.getNode(EventProperties.LINKS);
        assertThat(links.getNodes().getSize()).as("links of %s", event.getPath()).isEqualTo(1);
        Node link = links.getNode("0");
        markers.put("links/0/" + EventProperties.LINK_LABEL, markerOf(link, EventProperties.LINK_LABEL));
        markers.put("links/0/" + EventProperties.LINK_HREF, markerOf(link, EventProperties.LINK_HREF));
        assertThat(markers.values().stream().distinct())
                .as("versions of the markers of %s: one version, never a mix: %s", event.getPath(), markers)
                .hasSize(1);
        return markers.get(EventProperties.TITLE);
    }

    /** @return the version a property's value carries; fails when it carries none */
    public static int markerOf(Node node, String property) throws RepositoryException {
        String value = node.getProperty(property).getString();
        Matcher m = VERSION.matcher(value);
        if (!m.find()) {
            throw new AssertionError(node.getPath() + "/" + property + " carries no version: " + value);
        }
        return Integer.parseInt(m.group(1));
    }
}
