package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RawHttp;
import dev.events.testing.RepositoryFingerprint;
import dev.events.testing.TestSite;

/**
 * The hostile-input tests' site: the seed events served over real HTTP, the editor {@code eric} logged in (his
 * session and its CSRF token), a raw client for bytes the JDK's client would not send, and the check that a
 * refused request wrote nothing in either repository while the server kept serving.
 */
final class LoggedInEditor implements AutoCloseable {

    private static final String PASSWORD = "correct horse battery";

    final TestSite site;
    final WebServer server;
    final RawHttp raw;
    final AuthorClient eric;
    final String csrf;
    private List<String> author;
    private List<String> published;

    private LoggedInEditor(TestSite site, WebServer server) throws Exception {
        this.site = site;
        this.server = server;
        this.raw = new RawHttp(server.port());
        this.eric = new AuthorClient(server.port());
        this.csrf = eric.logIn("eric", PASSWORD);
    }

    static LoggedInEditor start() throws Exception {
        TestSite site = TestSite.withSeedEvents();
        try {
            site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
            return new LoggedInEditor(site, site.startWebServer());
        } catch (Exception | Error e) {
            site.close();
            throw e;
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

    @Override
    public void close() throws Exception {
        Closer.closeAll(server, site);
    }
}
