package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.testing.GeneratedEvents;
import dev.events.testing.TestSite;
import dev.events.testing.VisibleText;

/** Publication copies author nodes into the public repository; nothing else reaches visitors. */
class PublisherTest {

    private TestSite site;
    private String id;

    @BeforeEach
    void importDraft() throws Exception {
        site = TestSite.start();
        id = site.importEvents("/publish/draft-event.json", false).get(0);
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void aPublicationOfSeveralBatchesRecordsEveryBatchOnAuthor() throws Exception {
        List<String> ids = site.runtime().get(ImportService.class).importEvents(new ByteArrayInputStream(
                GeneratedEvents.json(Publisher.BATCH * 2 + 7, 3)), "generated.json", false, "test");
        site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, ids, "peter");
        Session author = site.repositories().author().login(Workspaces.EVENTS);
        Session published = site.repositories().published().login(Workspaces.EVENTS);
        try {
            for (String event : ids) {
                Node node = author.getNodeByIdentifier(event);
                assertThat(node.getProperty(NodeTypes.ACTIVATION_STATUS).getBoolean()).as(node.getPath()).isTrue();
                assertThat(node.getProperty(NodeTypes.LAST_ACTIVATED_BY).getString()).isEqualTo("peter");
                assertThat(published.getNodeByIdentifier(event).getProperty(NodeTypes.LAST_ACTIVATED).getDate())
                        .isEqualTo(node.getProperty(NodeTypes.LAST_ACTIVATED).getDate());
            }
        } finally {
            published.logout();
            author.logout();
        }
    }

    @Test
    void anUnpublishedEventIsUnreachable() throws Exception {
        assertThat(site.get("/events/draft-event").status()).isEqualTo(404);
        assertThat(VisibleText.of(site.get("/events").text())).doesNotContain("Draft event");
        assertThat(publicNode()).isNull();
    }

    @Test
    void publicationCopiesTheNodeWithItsIdentifierAndRecordsIt() throws Exception {
        Instant when = Instant.parse("2017-09-20T08:00:00Z");
        site.clock().set(when);
        site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, List.of(id), "peter");
        Node published = publicNode();
        assertThat(published.getIdentifier()).isEqualTo(id);
        assertThat(published.getPath()).isEqualTo("/2017/draft-event");
        assertThat(published.getProperty(NodeTypes.ACTIVATION_STATUS).getBoolean()).isTrue();
        assertThat(published.getProperty(NodeTypes.LAST_ACTIVATED).getDate().toInstant()).isEqualTo(when);
        assertThat(published.getProperty(NodeTypes.LAST_ACTIVATED_BY).getString()).isEqualTo("peter");
        assertThat(published.getProperty(EventProperties.PUBLISHED).getDate().toInstant()).isEqualTo(when);
        assertThat(site.get("/events/draft-event").status()).isEqualTo(200);
        assertThat(VisibleText.of(site.get("/events").text())).contains("Draft event");
    }

    @Test
    void aRepublicationReplacesThePublicCopyAndItsChildrenWhereverTheyWere() throws Exception {
        Publisher publisher = site.runtime().get(Publisher.class);
        Session author = site.repositories().author().login(Workspaces.EVENTS);
        try {
            Node event = author.getNodeByIdentifier(id);
            event.addNode(EventProperties.LINKS, NodeTypes.CONTENT_NODE).addNode("0", NodeTypes.CONTENT_NODE)
                    .setProperty(EventProperties.LINK_LABEL, "First");
            author.save();
            publisher.publish(Workspaces.EVENTS, List.of(id), "peter");
            author.move(event.getPath(), "/2018-draft-event");
            event.getNode(EventProperties.LINKS + "/0").setProperty(EventProperties.LINK_LABEL, "Second");
            author.save();
            publisher.publish(Workspaces.EVENTS, List.of(id), "peter");
        } finally {
            author.logout();
        }
        Session published = site.repositories().published().login(Workspaces.EVENTS);
        try {
            Node copy = published.getNodeByIdentifier(id);
            assertThat(copy.getPath()).isEqualTo("/2018-draft-event");
            assertThat(published.nodeExists("/2017/draft-event")).as("the earlier copy is gone").isFalse();
            assertThat(copy.getNode(EventProperties.LINKS).getNodes().getSize()).isEqualTo(1);
            assertThat(copy.getProperty(EventProperties.LINKS + "/0/" + EventProperties.LINK_LABEL).getString())
                    .isEqualTo("Second");
        } finally {
            published.logout();
        }
    }

    @Test
    void anEditWaitingOnAuthorDoesNotReachThePublicSite() throws Exception {
        site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, List.of(id), "peter");
        Session author = site.repositories().author().login(Workspaces.EVENTS);
        try {
            author.getNodeByIdentifier(id).setProperty(EventProperties.TITLE, "Edited draft");
            author.save();
        } finally {
            author.logout();
        }
        assertThat(VisibleText.of(site.get("/events/draft-event").text())).contains("Draft event")
                .doesNotContain("Edited draft");
        site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, List.of(id), "peter");
        assertThat(VisibleText.of(site.get("/events/draft-event").text())).contains("Edited draft");
        assertThat(publicNode().getIdentifier()).isEqualTo(id);
    }

    @Test
    void unpublicationRemovesTheEventFromThePublicSite() throws Exception {
        Publisher publisher = site.runtime().get(Publisher.class);
        publisher.publish(Workspaces.EVENTS, List.of(id), "peter");
        publisher.unpublish(Workspaces.EVENTS, id, "peter");
        assertThat(publicNode()).isNull();
        assertThat(site.get("/events/draft-event").status()).isEqualTo(404);
        assertThat(VisibleText.of(site.get("/events").text())).doesNotContain("Draft event");
        Session author = site.repositories().author().login(Workspaces.EVENTS);
        try {
            assertThat(author.getNodeByIdentifier(id).getProperty(NodeTypes.ACTIVATION_STATUS).getBoolean()).isFalse();
        } finally {
            author.logout();
        }
    }

    @Test
    void visitorSessionsOnThePublicRepositoryCannotWrite() throws Exception {
        Session visitor = site.repositories().published().loginReadOnly(Workspaces.EVENTS);
        try {
            Node root = visitor.getRootNode();
            assertThatThrownBy(() -> root.addNode("intruder", NodeTypes.FOLDER))
                    .isInstanceOf(javax.jcr.AccessDeniedException.class);
        } finally {
            visitor.logout();
        }
    }

    private Node publicNode() throws Exception {
        Session session = site.repositories().published().login(Workspaces.EVENTS);
        return EventLookup.byName(session, "draft-event").orElse(null);
    }
}
