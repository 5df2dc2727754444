package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;

import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Node types are registered when the CND differs from the one registered last, not on every start: in a public
 * cluster each registration made the other nodes reload every type, failing their visitors' requests meanwhile.
 */
class NodeTypeRegistrationTest {

    private static final URL CURRENT = EmbeddedRepository.class.getResource("magnolia-nodetypes.cnd");
    private static final URL BEFORE_ASSETS = NodeTypeRegistrationTest.class.getResource(
            "/dam/magnolia-nodetypes-before-assets.cnd");

    @TempDir
    Path home;

    @Test
    void theSameTypesAreRegisteredOnceAndChangedOnesAgain() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open("author", home, BEFORE_ASSETS)) {
            Session session = repository.login(null);
            try {
                assertThat(NodeTypeRegistration.ensure(session, BEFORE_ASSETS)).as("registered at the open").isFalse();
                assertThat(NodeTypeRegistration.ensure(session, CURRENT)).as("a changed CND").isTrue();
                assertThat(NodeTypeRegistration.ensure(session, CURRENT)).as("the same again").isFalse();
                assertThat(session.getWorkspace().getNodeTypeManager().getNodeType(NodeTypes.RESOURCE)
                        .getPropertyDefinitions()).as("the current resource type takes any property")
                        .anyMatch(p -> p.getName().equals("*"));
            } finally {
                session.logout();
            }
        }
    }
}
