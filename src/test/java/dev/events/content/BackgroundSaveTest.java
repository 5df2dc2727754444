package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.events.testing.SeedSite;

/** A bulk write's saves run one at a time in a thread of their own; a failed one is reported, not lost. */
class BackgroundSaveTest {

    @RegisterExtension
    static final SeedSite SEED = new SeedSite();

    private Session first;
    private Session second;
    private Session reader;

    @BeforeEach
    void login() throws Exception {
        first = SEED.site().repositories().author().login(Workspaces.EVENTS);
        second = SEED.site().repositories().author().login(Workspaces.EVENTS);
        reader = SEED.site().repositories().author().login(Workspaces.EVENTS);
    }

    @AfterEach
    void logout() throws Exception {
        for (String folder : List.of("background-a", "background-b", "background-clash")) {
            if (reader.getRootNode().hasNode(folder)) {
                reader.getRootNode().getNode(folder).remove();
            }
        }
        reader.save();
        first.logout();
        second.logout();
        reader.logout();
    }

    @Test
    void eachStartWaitsForTheSaveBeforeAndReturnsWhatItCreated() throws Exception {
        reader.getRootNode().addNode("background-a", NodeTypes.FOLDER);
        reader.getRootNode().addNode("background-b", NodeTypes.FOLDER);
        reader.save();
        String a = first.getNode("/background-a").addNode("a", NodeTypes.FOLDER).getIdentifier();
        String b = second.getNode("/background-b").addNode("b", NodeTypes.FOLDER).getIdentifier();
        try (BackgroundSave saving = new BackgroundSave()) {
            assertThat(saving.start(first, 2040, List.of(a))).isEmpty();
            assertThat(saving.start(second, 2041, List.of(b))).containsExactly(a);
            assertThat(saving.await()).containsExactly(b);
        }
        reader.refresh(false);
        assertThat(reader.getNode("/background-a/a").getIdentifier()).isEqualTo(a);
        assertThat(reader.getNode("/background-b/b").getIdentifier()).isEqualTo(b);
    }

    @Test
    void aSaveIsBusyWithItsOwnYearAndWithEveryYearWhenMixed() throws Exception {
        try (BackgroundSave saving = new BackgroundSave()) {
            assertThat(saving.busyWith(2040)).as("nothing runs").isFalse();
            saving.start(first, 2040, List.of());
            assertThat(saving.busyWith(2040)).isTrue();
            assertThat(saving.busyWith(2041)).isFalse();
            assertThat(saving.busyWith(BackgroundSave.MIXED)).isTrue();
            saving.await();
            assertThat(saving.busyWith(2040)).as("the save has ended").isFalse();
            saving.start(first, BackgroundSave.MIXED, List.of());
            assertThat(saving.busyWith(2041)).isTrue();
        }
    }

    @Test
    void aFailedSaveIsThrownByAwaitAndLeavesItsSessionWithoutTheChanges() throws Exception {
        reader.getRootNode().addNode("background-clash", NodeTypes.FOLDER).setProperty("label", "before");
        reader.save();
        first.getNode("/background-clash").setProperty("label", "first");
        second.getNode("/background-clash").setProperty("label", "second");
        second.save();
        try (BackgroundSave saving = new BackgroundSave()) {
            saving.start(first, 2040, List.of("never-created"));
            assertThatThrownBy(saving::await).isInstanceOf(RepositoryException.class);
            assertThat(first.hasPendingChanges()).isFalse();
            assertThat(saving.await()).as("a failure is thrown once").isEmpty();
        }
        reader.refresh(false);
        assertThat(reader.getProperty("/background-clash/label").getString()).isEqualTo("second");
    }
}
