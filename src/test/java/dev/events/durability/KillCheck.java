package dev.events.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.ContentModule;
import dev.events.content.EventLookup;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.LightModuleLoader;
import dev.events.definition.PropertyDefinition;
import dev.events.testing.VersionMarkers;

/**
 * What must hold after a {@code kill -9} and a restart: both repositories open; every event whose save or import
 * was acknowledged is on author with the values of that version or of a later one that was sent (a save under way
 * at the kill may have landed); and the public repository holds only whole published versions: every public event
 * has the required properties, one version in all its markers, is not older than its last acknowledged publication,
 * and equals, property by property and link by link, a version in the author's history of that event, which
 * publication records before it copies.
 */
final class KillCheck {

    private final List<String> required;

    KillCheck() throws Exception {
        required = new LightModuleLoader().load(Path.of("light-modules")).contentType(ContentModule.EVENT_TYPE)
                .orElseThrow().properties().stream().filter(PropertyDefinition::required)
                .map(PropertyDefinition::name).toList();
    }

    /** @return how many events are public */
    int check(Path data, KillModel model, String when) throws Exception {
        try (Repositories repositories = Repositories.open(data)) {
            Session author = repositories.author().login(Workspaces.EVENTS);
            Session published = repositories.published().login(Workspaces.EVENTS);
            try {
                checkAuthor(author, model, when);
                List<Node> events = new ArrayList<>();
                collectPublic(published.getRootNode(), events, when);
                for (Node event : events) {
                    checkPublic(event, author, model, when);
                }
                return events.size();
            } finally {
                published.logout();
                author.logout();
            }
        }
    }

    private static void checkAuthor(Session author, KillModel model, String when) throws RepositoryException {
        for (String name : model.known()) {
            Optional<Node> event = EventLookup.byName(author, name);
            assertThat(event).as("author event %s %s (acknowledged v%d)", name, when, model.acknowledged(name))
                    .isPresent();
            int version = VersionMarkers.of(event.get());
            assertThat(version).as("author version of %s %s: the acknowledged one or a later one sent", name, when)
                    .isBetween(model.acknowledged(name), model.sent(name));
            assertThat(VersionContent.of(event.get())).as("values of %s %s", name, when)
                    .isEqualTo(expected(name, version, VersionContent.of(event.get())));
            model.authorHolds(name, version);
        }
        for (String name : model.unacknowledgedImports()) {
            Optional<Node> event = EventLookup.byName(author, name);
            if (event.isPresent()) {
                assertThat(VersionContent.of(event.get())).as("values of %s, imported unacknowledged, %s", name, when)
                        .isEqualTo(expected(name, 1, VersionContent.of(event.get())));
                model.found(name, 1);
            }
        }
    }

    /** Collects the public events below {@code node}; anything but folders and events is a failure. */
    private static void collectPublic(Node node, List<Node> events, String when) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.getName().startsWith("jcr:") || child.getName().startsWith("rep:")) {
                continue;
            }
            if (child.isNodeType(NodeTypes.CONTENT)) {
                events.add(child);
            } else {
                assertThat(child.isNodeType(NodeTypes.FOLDER)).as("public node %s %s is a folder or an event",
                        child.getPath(), when).isTrue();
                collectPublic(child, events, when);
            }
        }
    }

    private void checkPublic(Node event, Session author, KillModel model, String when) throws RepositoryException {
        String name = event.getName();
        for (String property : required) {
            assertThat(event.hasProperty(property)).as("public %s %s has its required %s", name, when, property)
                    .isTrue();
        }
        assertThat(event.getProperty(NodeTypes.ACTIVATION_STATUS).getBoolean()).as("public %s %s is marked published",
                name, when).isTrue();
        int version = VersionMarkers.of(event);
        assertThat(version).as("public version of %s %s: not older than the acknowledged publication", name, when)
                .isGreaterThanOrEqualTo(model.published(name));
        Node onAuthor = author.getNodeByIdentifier(event.getIdentifier());
        assertThat(onAuthor.getPath()).as("author path of public %s %s", name, when).isEqualTo(event.getPath());
        Map<String, String> content = VersionContent.of(event);
        List<Map<String, String>> history = VersionContent.history(onAuthor);
        assertThat(history).as("author versions of %s %s: the public v%d is one of them", name, when, version)
                .contains(content);
    }

    /**
     * @param stored what the node holds: its {@code startDate} is compared as a day in the event's zone, the rest as
     *               text
     * @return the content an event must have at a version
     */
    private static Map<String, String> expected(String name, int version, Map<String, String> stored) {
        Map<String, String> expected = new TreeMap<>(stored);
        expected.putAll(KillModel.values(name, version));
        String day = stored.containsKey("startDate") ? java.time.OffsetDateTime.parse(stored.get("startDate"))
                .atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDate().toString() : "missing";
        expected.put("startDate", day.equals(KillModel.startDate(name).toString()) ? stored.get("startDate")
                : "a time on " + KillModel.startDate(name));
        return expected;
    }
}
