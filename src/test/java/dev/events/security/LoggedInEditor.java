package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RawHttp;
import dev.events.testing.RepositoryFingerprint;
import dev.events.testing.TestSite;

/**
 * The hostile-input tests' site, as a JUnit extension ({@code @RegisterExtension static final LoggedInEditor on}):
 * the seed events served over real HTTP for the whole class, the editor {@code eric} logged in (his session and its
 * CSRF token), a raw client for bytes the JDK's client would not send, and, when asked, the check after each test
 * that nothing was written in either repository and the server still serves.
 */
final class LoggedInEditor implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final String PASSWORD = "correct horse battery";

    TestSite site;
    WebServer server;
    RawHttp raw;
    AuthorClient eric;
    String csrf;
    private final boolean checksEachTest;
    private List<String> author;
    private List<String> published;

    /** @param checksEachTest whether each test must leave both repositories as it found them */
    LoggedInEditor(boolean checksEachTest) {
        this.checksEachTest = checksEachTest;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        site = TestSite.withSeedEvents();
        site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        raw = new RawHttp(server.port());
        eric = new AuthorClient(server.port());
        csrf = eric.logIn("eric", PASSWORD);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Closer.closeAll(server, site);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (checksEachTest) {
            remember();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (checksEachTest) {
            assertNothingWrittenAndStillServing();
        }
    }

    /** Remembers what both repositories hold, for {@link #assertNothingWrittenAndStillServing}. */
    void remember() throws Exception {
        author = RepositoryFingerprint.content(site.repositories().author());
        published = RepositoryFingerprint.content(site.repositories().published());
    }

    /** Both repositories hold what {@link #remember} saw, and the server answers {@code /health}. */
    void assertNothingWrittenAndStillServing() throws Exception {
        assertThat(RepositoryFingerprint.content(site.repositories().author())).isEqualTo(author);
        assertThat(RepositoryFingerprint.content(site.repositories().published())).isEqualTo(published);
        assertThat(raw.get("/health").status()).isEqualTo(200);
    }
}
