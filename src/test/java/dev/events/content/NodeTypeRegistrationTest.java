package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.Session;
import javax.jcr.nodetype.NodeTypeManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node types added to the CND reach repositories created before them. */
class NodeTypeRegistrationTest {

    @TempDir
    Path home;

    @Test
    void aRepositoryWithoutTheUserTypeGainsItOnItsNextStart() throws Exception {
        EmbeddedRepository.open("author", home).close();
        removeFromRegistry(NodeTypes.USER);
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home)) {
            Session session = repository.login(Workspaces.USERS);
            try {
                NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
                assertThat(types.hasNodeType(NodeTypes.USER)).isTrue();
                assertThat(types.hasNodeType(NodeTypes.COMPONENT)).isTrue();
                session.getRootNode().addNode("eric", NodeTypes.USER);
                session.save();
            } finally {
                session.logout();
            }
        }
    }

    /** Makes the data folder of an older version: Jackrabbit keeps its registered types in this file. */
    private void removeFromRegistry(String type) throws Exception {
        Path registry = home.resolve("repository/nodetypes/custom_nodetypes.xml");
        String xml = Files.readString(registry);
        String older = xml.replaceAll("<nodeType [^>]*name=\"" + type + "\"[^>]*>.*?</nodeType>", "");
        assertThat(older).isNotEqualTo(xml).doesNotContain("\"" + type + "\"").contains(NodeTypes.COMPONENT);
        Files.writeString(registry, older);
    }
}
