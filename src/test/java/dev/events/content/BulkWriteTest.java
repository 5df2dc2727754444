package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.events.testing.SeedSite;

/**
 * Bulk writes save every few events, so a write that fails half-way has saved some: undoing it removes the
 * events it created and puts back, property by property, those it updated.
 */
class BulkWriteTest {

    private static final int BATCH = 2;
    @RegisterExtension
    static final SeedSite SEED = new SeedSite();

    @Test
    void aWriteFailingAfterSeveralSavesIsUndoneToTheLastProperty() throws Exception {
        Session events = SEED.site().repositories().author().login(Workspaces.EVENTS);
        try {
            Map<String, String> before = content(events);
            List<EventRecord> records = new ArrayList<>(List.of(update("world-refugee-day-2017"),
                    created("bulk-new-1", 2031), update("experts-visit-to-hamamatsu"), created("bulk-new-2", 2032),
                    created("bulk-new-3", 2017)));
            records.add(new EventRecord("bulk-broken", Map.of(EventProperties.START_DATE, start(2033),
                    "not/a-name", "x"), List.of()));
            Exception failure = writeOrUndo(events, records);
            assertThat(failure).as("the broken record fails the write after two saves").isNotNull();
            assertThat(failure.getSuppressed()).isEmpty();
            events.refresh(false);
            assertThat(content(events)).isEqualTo(before);
        } finally {
            events.logout();
        }
    }

    /**
     * Saves take turns in two sessions, one building while the other saves: events of years taking turns, in
     * folders that exist or not, all arrive once, in one folder per year, and the identifiers are theirs.
     */
    @Test
    void eventsOfYearsTakingTurnsArriveOnceInOneFolderPerYear() throws Exception {
        Session events = SEED.site().repositories().author().login(Workspaces.EVENTS);
        try {
            List<EventRecord> records = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                records.add(created("turns-" + i, List.of(2042, 2043, 2017).get(i / 2 % 3)));
            }
            List<String> ids;
            try (BulkWrite write = new EventWriter(java.time.Clock.systemUTC()).bulk(events, "test", 12, BATCH)) {
                for (EventRecord record : records) {
                    write.add(record);
                }
                ids = write.finish();
            }
            assertThat(events.hasPendingChanges()).isFalse();
            List<String> paths = new ArrayList<>();
            for (String id : ids) {
                paths.add(events.getNodeByIdentifier(id).getPath());
            }
            assertThat(paths).containsExactly("/2042/turns-0", "/2042/turns-1", "/2043/turns-2", "/2043/turns-3",
                    "/2017/turns-4", "/2017/turns-5", "/2042/turns-6", "/2042/turns-7", "/2043/turns-8",
                    "/2043/turns-9", "/2017/turns-10", "/2017/turns-11");
            assertThat(events.getRootNode().getNodes("2042").getSize()).isEqualTo(1);
            assertThat(events.getRootNode().getNodes("2043").getSize()).isEqualTo(1);
            assertThat(events.getProperty("/2043/turns-9/" + EventProperties.TITLE).getString()).isEqualTo("turns-9");
        } finally {
            removeAll(events, "/2042", "/2043", "/2017/turns-4", "/2017/turns-5", "/2017/turns-10", "/2017/turns-11");
            events.logout();
        }
    }

    /**
     * A record failing while the save before, of another year, may still run: the undo waits for that save and
     * removes what it created too.
     */
    @Test
    void aWriteFailingWhileTheSaveBeforeRunsIsUndoneWithThatSave() throws Exception {
        Session events = SEED.site().repositories().author().login(Workspaces.EVENTS);
        try {
            events.getRootNode().addNode("2044", NodeTypes.FOLDER);
            events.save();
            Map<String, String> before = content(events);
            List<EventRecord> records = List.of(created("overlap-1", 2017), created("overlap-2", 2017),
                    created("overlap-3", 2044), new EventRecord("overlap-broken",
                            Map.of(EventProperties.START_DATE, start(2044), "not/a-name", "x"), List.of()));
            Exception failure = writeOrUndo(events, records);
            assertThat(failure).as("the broken record fails the write").isNotNull();
            assertThat(failure.getSuppressed()).isEmpty();
            events.refresh(false);
            assertThat(content(events)).isEqualTo(before);
        } finally {
            removeAll(events, "/2044");
            events.logout();
        }
    }

    /** Writes the records as an import does, undoing the write when it fails. @return the failure, or null */
    private static Exception writeOrUndo(Session events, List<EventRecord> records) throws RepositoryException {
        try (BulkWrite write = new EventWriter(java.time.Clock.systemUTC()).bulk(events, "test", records.size(),
                BATCH)) {
            try {
                for (EventRecord record : records) {
                    write.add(record);
                }
                write.finish();
                return null;
            } catch (RepositoryException e) {
                write.undo(e);
                return e;
            }
        }
    }

    private static void removeAll(Session events, String... paths) throws RepositoryException {
        events.refresh(false);
        for (String path : paths) {
            if (events.nodeExists(path)) {
                events.getNode(path).remove();
            }
        }
        events.save();
    }

    @Test
    void aWriteOfOneBatchIsOneSave() throws Exception {
        Session events = SEED.site().repositories().author().login(Workspaces.EVENTS);
        try {
            Map<String, String> before = content(events);
            EventWriter writer = new EventWriter(java.time.Clock.systemUTC());
            assertThatThrownBy(() -> writer.write(events, List.of(created("single-new", 2034),
                    new EventRecord("single-broken", Map.of(EventProperties.START_DATE, start(2034), "bad/name", "x"),
                            List.of())), "test")).isInstanceOf(RepositoryException.class);
            assertThat(content(events)).isEqualTo(before);
        } finally {
            events.logout();
        }
    }

    private static EventRecord update(String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(EventProperties.TITLE, "Changed " + name);
        properties.put(EventProperties.START_DATE, start(2017));
        properties.put(EventProperties.TIME_ZONE, "UTC");
        return new EventRecord(name, properties, List.of(Map.of(EventProperties.LINK_LABEL, "New link",
                EventProperties.LINK_HREF, "https://example.org/new")));
    }

    private static EventRecord created(String name, int year) {
        return new EventRecord(name, Map.of(EventProperties.TITLE, name, EventProperties.START_DATE, start(year),
                EventProperties.TIME_ZONE, "UTC"), List.of());
    }

    private static Calendar start(int year) {
        return new GregorianCalendar(year, Calendar.MARCH, 1);
    }

    /** @return every property below the root but the repository's own, by path, with its type and values */
    private static Map<String, String> content(Session session) throws RepositoryException {
        Map<String, String> content = new TreeMap<>();
        collect(session.getRootNode(), content);
        return content;
    }

    private static void collect(Node node, Map<String, String> content) throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (!p.getName().equals("jcr:uuid") && node.getDepth() > 0) {
                List<String> values = new ArrayList<>();
                for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                    values.add(v.getString());
                }
                content.put(p.getPath(), p.getType() + (p.isMultiple() ? "*" : "") + values);
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:")) {
                content.put(child.getPath(), child.getPrimaryNodeType().getName());
                collect(child, content);
            }
        }
    }
}
