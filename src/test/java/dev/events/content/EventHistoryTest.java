package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.testing.TestSite;
import dev.events.testing.VisibleText;

/** Every save of an event is a version that can be restored; deleting goes through the trash. */
class EventHistoryTest {

    private static final Instant T0 = TestSite.REFERENCE_NOW.toInstant();
    private static final AtomicInteger EVENTS = new AtomicInteger();

    private static TestSite site;
    private static EventHistory history;
    private String name;
    private String path;
    private String id;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        history = site.runtime().get(EventHistory.class);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    /** Each test has an event of its own, named after the fixture's with a number. */
    @BeforeEach
    void importEvent() throws Exception {
        site.clock().set(T0);
        name = "versioned-event-" + EVENTS.incrementAndGet();
        path = "/2017/" + name;
        id = importEvent("/history/versioned-event.json").get(0);
    }

    @Test
    void threeSavesGiveThreeVersionsNewestFirstWithWhoAndWhen() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        site.clock().advance(Duration.ofHours(1));
        save("ben", event -> event.setProperty(EventProperties.TITLE, "Ben's title"));
        site.clock().advance(Duration.ofHours(1));
        save("carl", event -> event.setProperty(EventProperties.TITLE, "Carl's title"));

        List<EventVersion> versions = history.versions(id);
        assertThat(versions).extracting(EventVersion::by).containsExactly("carl", "ben", "anna");
        assertThat(versions).extracting(EventVersion::title)
                .containsExactly("Carl's title", "Ben's title", "Anna's title");
        assertThat(versions).extracting(EventVersion::created)
                .containsExactly(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(1)), T0);
        assertThat(versions).extracting(EventVersion::name).doesNotContain("jcr:rootVersion").doesNotHaveDuplicates();
        assertThat(editable()).isTrue();
    }

    @Test
    void anEventNeverSavedThroughTheEditorHasNoVersions() throws Exception {
        assertThat(history.versions(id)).isEmpty();
    }

    @Test
    void versioningStampsTheUserWhenTheEditorDidNot() throws Exception {
        inAuthor(session -> history.versionAfterSave(session.getNodeByIdentifier(id), "dora"));
        assertThat(history.versions(id)).singleElement().extracting(EventVersion::by).isEqualTo("dora");
    }

    @Test
    void restoringAnOlderVersionBringsBackItsTitleAndLinksAndAddsAVersion() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        String annas = history.versions(id).get(0).name();
        site.clock().advance(Duration.ofHours(1));
        save("ben", event -> {
            event.setProperty(EventProperties.TITLE, "Ben's title");
            Node links = event.getNode(EventProperties.LINKS);
            links.getNode("0").setProperty(EventProperties.LINK_LABEL, "Ben's agenda");
            links.addNode("1", NodeTypes.CONTENT_NODE).setProperty(EventProperties.LINK_LABEL, "Ben's extra");
        });
        site.clock().advance(Duration.ofHours(1));

        history.restore(id, annas, "carl");

        inAuthor(session -> {
            Node event = session.getNodeByIdentifier(id);
            assertThat(event.getPath()).isEqualTo(path);
            assertThat(event.getProperty(EventProperties.TITLE).getString()).isEqualTo("Anna's title");
            assertThat(event.getProperty("links/0/label").getString()).isEqualTo("Agenda");
            assertThat(event.hasNode("links/1")).isFalse();
            assertThat(event.getProperty(NodeTypes.LAST_MODIFIED_BY).getString()).isEqualTo("carl");
        });
        assertThat(history.versions(id)).extracting(EventVersion::by).containsExactly("carl", "ben", "anna");
        assertThat(history.versions(id).get(0).title()).isEqualTo("Anna's title");
        assertThat(editable()).isTrue();
    }

    @Test
    void restoringBringsBackLinksTheEditorReplaced() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        String annas = history.versions(id).get(0).name();
        save("ben", event -> {
            event.getNode(EventProperties.LINKS).remove();
            event.addNode(EventProperties.LINKS, NodeTypes.CONTENT_NODE)
                    .addNode("0", NodeTypes.CONTENT_NODE).setProperty(EventProperties.LINK_LABEL, "New link");
        });
        history.restore(id, annas, "carl");
        assertThat(authorString("links/0/label")).isEqualTo("Agenda");
    }

    @Test
    void aCheckedInEventCanBeRestored() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        String annas = history.versions(id).get(0).name();
        save("ben", event -> event.setProperty(EventProperties.TITLE, "Ben's title"));
        inAuthor(session -> session.getWorkspace().getVersionManager().checkin(path));

        history.restore(id, annas, "carl");

        assertThat(authorString(EventProperties.TITLE)).isEqualTo("Anna's title");
        assertThat(editable()).isTrue();
    }

    @Test
    void restoringKeepsThePublicationRecordAndTheEventNeedsRepublishing() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        String annas = history.versions(id).get(0).name();
        site.clock().advance(Duration.ofHours(1));
        publisher().publish(Workspaces.EVENTS, List.of(id), "peter");
        site.clock().advance(Duration.ofHours(1));

        history.restore(id, annas, "carl");

        inAuthor(session -> {
            Node event = session.getNodeByIdentifier(id);
            assertThat(event.getProperty(NodeTypes.LAST_ACTIVATED_BY).getString()).isEqualTo("peter");
            assertThat(event.hasProperty(EventProperties.PUBLISHED)).isTrue();
            assertThat(PublicationStatus.of(event)).isEqualTo(PublicationStatus.MODIFIED);
        });
    }

    @Test
    void anUnknownVersionIsRefused() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        assertThatThrownBy(() -> history.restore(id, "9.9", "carl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'9.9'");
        assertThatThrownBy(() -> history.restore(id, "jcr:rootVersion", "carl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jcr:rootVersion");
    }

    @Test
    void trashingMarksTheEventListsItAndVersionsIt() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        site.clock().advance(Duration.ofHours(1));

        history.trash(id, "dora");

        inAuthor(session -> assertThat(EventHistory.isTrashed(session.getNodeByIdentifier(id))).isTrue());
        assertThat(trashed()).containsExactly(new TrashedEvent(name, id, "Anna's title",
                T0.plus(Duration.ofHours(1)), "dora"));
        assertThat(history.versions(id)).extracting(EventVersion::by).containsExactly("dora", "anna");
    }

    @Test
    void theTrashListsTheMostRecentlyTrashedFirst() throws Exception {
        String first = name;
        name = first + "-other";
        String other = importEvent("/history/versioned-event.json").get(0);
        history.trash(id, "dora");
        site.clock().advance(Duration.ofMinutes(5));
        history.trash(other, "ed");
        assertThat(history.trashed()).extracting(TrashedEvent::name).filteredOn(n -> n.startsWith(first))
                .containsExactly(name, first);
    }

    @Test
    void restoringFromTheTrashRemovesTheMixinAndItsProperties() throws Exception {
        history.trash(id, "dora");
        history.restoreFromTrash(id, "ed");
        inAuthor(session -> {
            Node event = session.getNodeByIdentifier(id);
            assertThat(EventHistory.isTrashed(event)).isFalse();
            assertThat(event.hasProperty(NodeTypes.DELETED)).isFalse();
            assertThat(event.hasProperty(NodeTypes.DELETED_BY)).isFalse();
        });
        assertThat(trashed()).isEmpty();
        assertThatThrownBy(() -> history.restoreFromTrash(id, "ed")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void purgingRemovesATrashedEventAndItsHistory() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        String historyId = authorValue(event -> event.getSession().getWorkspace().getVersionManager()
                .getVersionHistory(event.getPath()).getIdentifier());
        history.trash(id, "dora");
        inAuthor(session -> assertThat(session.getNodeByIdentifier(historyId).getPath()).startsWith("/jcr:system"));

        history.purge(id);

        inAuthor(session -> {
            assertThat(session.nodeExists(path)).isFalse();
            assertThatThrownBy(() -> session.getNodeByIdentifier(historyId)).isInstanceOf(ItemNotFoundException.class);
        });
        assertThat(trashed()).isEmpty();
    }

    @Test
    void purgingAnEventNotInTheTrashIsRefused() throws Exception {
        assertThatThrownBy(() -> history.purge(id))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in the trash");
        assertThat(authorString(EventProperties.TITLE)).isEqualTo("First title");
    }

    @Test
    void purgingAPublishedEventIsRefused() throws Exception {
        publisher().publish(Workspaces.EVENTS, List.of(id), "peter");
        history.trash(id, "dora");
        assertThatThrownBy(() -> history.purge(id))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unpublish");
        publisher().unpublish(Workspaces.EVENTS, id, "peter");
        history.purge(id);
        inAuthor(session -> assertThat(session.nodeExists(path)).isFalse());
    }

    @Test
    void aVersionedEventIsPublishedWithItsIdentifierAndWithoutAuthorHistory() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        publisher().publish(Workspaces.EVENTS, List.of(id), "peter");
        assertThat(VisibleText.of(site.get("/events/" + name).text())).contains("Anna's title");

        save("ben", event -> event.setProperty(EventProperties.TITLE, "Ben's title"));
        publisher().publish(Workspaces.EVENTS, List.of(id), "peter");

        Session published = site.repositories().published().login(Workspaces.EVENTS);
        try {
            Node copy = published.getNodeByIdentifier(id);
            assertThat(copy.getPath()).isEqualTo(path);
            assertThat(copy.getProperty(EventProperties.TITLE).getString()).isEqualTo("Ben's title");
            assertThat(copy.getProperty("links/0/label").getString()).isEqualTo("Agenda");
            assertThat(copy.isNodeType(NodeType.MIX_VERSIONABLE)).isFalse();
            assertThat(copy.hasProperty("jcr:versionHistory")).isFalse();
            assertThat(copy.hasProperty("jcr:baseVersion")).isFalse();
            assertThat(copy.hasProperty("jcr:predecessors")).isFalse();
        } finally {
            published.logout();
        }
        assertThat(VisibleText.of(site.get("/events/" + name).text())).contains("Ben's title");
        assertThat(history.versions(id)).hasSize(2);
    }

    @Test
    void theReimportOfAVersionedEventRewritesItAndCanBeVersionedAndRestored() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        String annas = history.versions(id).get(0).name();

        List<String> ids = importEvent("/history/versioned-event-reimport.json");
        inAuthor(session -> history.versionAfterSave(session.getNodeByIdentifier(id), "test"));

        assertThat(ids).containsExactly(id);
        assertThat(authorString(EventProperties.TITLE)).isEqualTo("Imported again");
        assertThat(authorString("links/1/label")).isEqualTo("Venue");
        assertThat(history.versions(id)).extracting(EventVersion::title).containsExactly("Imported again", "Anna's title");
        history.restore(id, annas, "carl");
        assertThat(authorString("links/0/label")).isEqualTo("Agenda");
        assertThat(authorString(EventProperties.CITY)).isEqualTo("Paris");
    }

    @Test
    void thePublicListingShowsAVersionedEventOnce() throws Exception {
        save("anna", event -> event.setProperty(EventProperties.TITLE, "Anna's title"));
        publisher().publish(Workspaces.EVENTS, List.of(id), "peter");
        save("ben", event -> event.setProperty(EventProperties.TITLE, "Ben's title"));
        publisher().publish(Workspaces.EVENTS, List.of(id), "peter");

        EventPage page = site.runtime().get(EventCatalog.class).list(SortOrder.UPCOMING, T0, 1, 1000);
        assertThat(page.items()).filteredOn(entry -> entry.id().equals(id)).singleElement()
                .extracting(CatalogEntry::name).isEqualTo(name);
        assertThat(VisibleText.of(site.get("/events/" + name).text())).contains("Ben's title")
                .doesNotContain("Anna's title");
    }

    private List<String> importEvent(String fixture) throws Exception {
        try (InputStream in = EventHistoryTest.class.getResourceAsStream(fixture)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("versioned-event", name);
            return site.runtime().get(ImportService.class).importEvents(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), fixture, false, "test");
        }
    }

    /** Edits the event as the editor does: change, stamp, save, then version. */
    private void save(String user, NodeWork edit) throws Exception {
        inAuthor(session -> {
            Node event = session.getNodeByIdentifier(id);
            edit.accept(event);
            new ContentStamps(site.clock()).modified(event, user);
            session.save();
            history.versionAfterSave(event, user);
        });
    }

    private List<TrashedEvent> trashed() throws Exception {
        return history.trashed().stream().filter(t -> t.name().equals(name)).toList();
    }

    private boolean editable() throws Exception {
        return authorValue(event -> event.getSession().getWorkspace().getVersionManager()
                .isCheckedOut(event.getPath()));
    }

    private String authorString(String relativePath) throws Exception {
        return authorValue(event -> event.getProperty(relativePath).getString());
    }

    private <T> T authorValue(NodeFunction<T> read) throws Exception {
        Session session = site.repositories().author().login(Workspaces.EVENTS);
        try {
            return read.apply(session.getNodeByIdentifier(id));
        } finally {
            session.logout();
        }
    }

    private void inAuthor(SessionWork work) throws Exception {
        Session session = site.repositories().author().login(Workspaces.EVENTS);
        try {
            work.accept(session);
        } finally {
            session.logout();
        }
    }

    private Publisher publisher() throws Exception {
        return site.runtime().get(Publisher.class);
    }

    private interface NodeWork {
        void accept(Node node) throws RepositoryException;
    }

    private interface NodeFunction<T> {
        T apply(Node node) throws RepositoryException;
    }

    private interface SessionWork {
        void accept(Session session) throws RepositoryException;
    }
}
