package dev.events.author;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;

import dev.events.cli.Folders;
import dev.events.content.Workspaces;
import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.TestSite;

/**
 * A site for the page tests: the project's light modules plus the test module {@code board} (a page template with
 * a list area and a single area, and a component whose dialog has a link to events, a Long, an option list and a
 * checkbox), the seed events published, eric (editor), peter and paula (publishers), over real HTTP.
 */
final class PagesFixture implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    static final String BOARD = "board:pages/board-page";
    static final String PICK = "board:components/pick";
    static final String EVENT_LIST = "events:components/event-list";

    final Path modules;
    final TestSite site;
    final WebServer server;

    PagesFixture() throws Exception {
        modules = Files.createTempDirectory("light-modules");
        Folders.copy(Path.of("light-modules/events"), modules.resolve("events"));
        Folders.copy(Path.of("src/test/resources/pages/board"), modules.resolve("board"));
        site = TestSite.start(modules);
        site.importEvents(TestSite.SEED_FIXTURE, true);
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        users.add("peter", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
        users.add("paula", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
    }

    /** A logged-in user's client with its CSRF token. */
    record Author(AuthorClient client, String csrf) {

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> withToken = new HashMap<>(form);
            withToken.put("_csrf", csrf);
            return client.post(path, withToken);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.get(path);
        }

        org.jsoup.nodes.Document page(String path) throws Exception {
            return Jsoup.parse(client.get(path).body());
        }
    }

    /**
     * Saves a dialog as a browser would: every input as the form holds it (checked boxes only), with some
     * values replaced.
     *
     * @return the answer
     */
    static HttpResponse<String> saveDialog(Author author, String address, Map<String, String> changes)
            throws Exception {
        Map<String, String> form = new HashMap<>();
        for (org.jsoup.nodes.FormElement dialog : author.page(address).select("form.author-dialog").forms()) {
            for (org.jsoup.Connection.KeyVal value : dialog.formData()) {
                form.putIfAbsent(value.key(), value.value());
            }
        }
        form.putAll(changes);
        form.remove("_csrf");
        return author.post(address, form);
    }

    Author logIn(String user) throws Exception {
        AuthorClient client = new AuthorClient(server.port());
        return new Author(client, client.logIn(user, PASSWORD));
    }

    /** Adds a page through the tree's form; @return the answer */
    HttpResponse<String> addPage(Author author, String parent, String name, String title, String template)
            throws Exception {
        return author.post("/author/pages/new", Map.of("parent", parent, "name", name, "title", title,
                "template", template));
    }

    /** @return whether the author repository has a page at the path */
    boolean authorHas(String path) throws Exception {
        Session website = site.repositories().author().login(Workspaces.WEBSITE);
        try {
            return website.nodeExists(path);
        } finally {
            website.logout();
        }
    }

    /** @return the value of a property of an author node, or null */
    Object authorValue(String path, String property) throws Exception {
        Session website = site.repositories().author().login(Workspaces.WEBSITE);
        try {
            if (!website.nodeExists(path)) {
                return null;
            }
            Node node = website.getNode(path);
            if (!node.hasProperty(property)) {
                return null;
            }
            javax.jcr.Property p = node.getProperty(property);
            return switch (p.getType()) {
                case javax.jcr.PropertyType.LONG -> p.getLong();
                case javax.jcr.PropertyType.BOOLEAN -> p.getBoolean();
                default -> p.getString();
            };
        } finally {
            website.logout();
        }
    }

    /** @return the names of a node's children in order, in the author repository */
    java.util.List<String> authorChildren(String path) throws Exception {
        Session website = site.repositories().author().login(Workspaces.WEBSITE);
        try {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (javax.jcr.NodeIterator it = website.getNode(path).getNodes(); it.hasNext();) {
                names.add(it.nextNode().getName());
            }
            return names;
        } finally {
            website.logout();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            site.close();
            TestSite.deleteRecursively(modules);
        }
    }
}
