package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.events.testing.SeedSite;

/** Events are found by name in whatever folder holds them, and nothing else answers to an event's name. */
class EventNamesTest {

    @RegisterExtension
    static final SeedSite SEED = new SeedSite();
    private Session events;

    @BeforeEach
    void login() throws Exception {
        events = SEED.site().repositories().author().login(Workspaces.EVENTS);
    }

    @AfterEach
    void logout() throws Exception {
        events.refresh(false);
        events.logout();
    }

    @Test
    void eventsAreFoundInTheirYearFolderAndInFoldersAuthorsNested() throws Exception {
        Node nested = events.getRootNode().addNode("archive", NodeTypes.FOLDER).addNode("old", NodeTypes.FOLDER);
        nested.addNode("moved-away", NodeTypes.CONTENT);
        events.save();
        try {
            Map<String, Node> found = EventNames.of(events)
                    .find(List.of("experts-visit-to-hamamatsu", "moved-away", "no-such-event"));
            assertThat(found).containsOnlyKeys("experts-visit-to-hamamatsu", "moved-away");
            assertThat(found.get("moved-away").getPath()).isEqualTo("/archive/old/moved-away");
            assertThat(found.get("experts-visit-to-hamamatsu").getPath())
                    .isEqualTo("/2017/experts-visit-to-hamamatsu");
        } finally {
            events.getNode("/archive").remove();
            events.save();
        }
    }

    @Test
    void foldersAndTheFieldsOfEventsAreNoEvents() throws Exception {
        events.getRootNode().addNode("a-folder", NodeTypes.FOLDER);
        String withLinks = "experts-visit-to-hamamatsu";
        events.getNode("/2017/" + withLinks).addNode(EventProperties.LINKS, NodeTypes.CONTENT_NODE);
        assertThat(EventNames.of(events).find(List.of("a-folder", "2017", EventProperties.LINKS))).isEmpty();
    }

    @Test
    void aFolderAWriteCreatesIsSearchedOnceTheWriteNamesIt() throws Exception {
        EventNames names = EventNames.of(events);
        Node event = events.getRootNode().addNode("2041", NodeTypes.FOLDER).addNode("far-future", NodeTypes.CONTENT);
        assertThat(names.find(List.of("far-future"))).isEmpty();
        names.added(event);
        assertThat(names.find(List.of("far-future"))).containsOnlyKeys("far-future");
    }

    @Test
    void namesThatAreNoPlainNodeNamesFindNothing() throws Exception {
        assertThat(EventNames.of(events).find(java.util.Arrays.asList(null, "2017/experts-visit-to-hamamatsu",
                "jcr:system", "../2017"))).isEmpty();
    }
}
