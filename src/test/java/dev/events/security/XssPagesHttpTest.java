package dev.events.security;

import static dev.events.testing.OutputSafety.assertHtmlSafe;
import static dev.events.testing.OutputSafety.assertSitemapSafe;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Session;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RepositoryFingerprint;
import dev.events.testing.TestSite;
import dev.events.testing.XssCorpus;

/**
 * The XSS corpus in page titles (both languages, navigation title) and in every text field of the four
 * components' dialogs (titles in both languages, the teaser's category and empty text, the list's place and
 * categories), one content page per payload with the fields taking the corpus in turn; the pages are published and
 * rendered by the public site and by the page editor, whose HTML is parsed. Values the dialogs must refuse (a
 * payload as page name, parent or linked event) answer 422 and write nothing.
 */
class XssPagesHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final List<String> COMPONENTS = List.of("event-list", "event-teaser", "event-calendar",
            "event-filter");
    /** Dialog inputs that take any text, whichever dialog has them. */
    private static final List<String> TEXT_INPUTS = List.of("title", "title_fr", "navigationTitle", "emptyText",
            "emptyText_fr", "category", "place", "categories");
    private static final HttpClient http = HttpClient.newHttpClient();

    private static TestSite site;
    private static WebServer server;
    private static AuthorClient eric;
    private static String csrf;

    @BeforeAll
    static void buildAndPublishOnePagePerPayload() throws Exception {
        site = TestSite.withSeedEvents();
        site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        eric = new AuthorClient(server.port());
        csrf = eric.logIn("eric", PASSWORD);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            ids.add(buildPage(i));
        }
        site.runtime().get(Publisher.class).publish(Workspaces.WEBSITE, ids, "test");
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @Test
    void publishedPagesAreSafeInBothLanguagesAndShowTheirTitlesAsText() throws Exception {
        for (int i = 0; i < PAYLOADS.size(); i++) {
            for (String prefix : List.of("", "/fr")) {
                String path = prefix + "/xss-" + i;
                HttpResponse<String> page = get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertHtmlSafe(path, page.body(), Set.of());
            }
            assertThat(Jsoup.parse(get("/xss-" + i).body()).select("h1").first().text()).as("title of xss-" + i)
                    .isEqualTo(Jsoup.parse("").createElement("p").text(PAYLOADS.get(i)).text());
        }
        assertSitemapSafe("/sitemap.xml", get("/sitemap.xml").body(), "http://localhost:8080");
    }

    @Test
    void thePageTreeEditorAndDialogsAreSafe() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/author/pages"));
        for (int i = 0; i < PAYLOADS.size(); i += 3) {
            paths.add("/author/pages/xss-" + i);
            paths.add("/author/pages/xss-" + i + "/properties");
            paths.add("/author/pages/xss-" + i + "/delete");
            for (String component : List.of("0", "00", "01", "02")) {
                paths.add("/author/pages/xss-" + i + "/areas/main/components/" + component);
            }
        }
        for (String path : paths) {
            HttpResponse<String> page = eric.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertHtmlSafe(path, page.body(), Set.of());
        }
    }

    @Test
    void payloadsWhereANameOrALinkIsExpectedAreRefusedAndWriteNothing() throws Exception {
        List<String> before = RepositoryFingerprint.content(site.repositories().author());
        for (String payload : PAYLOADS) {
            HttpResponse<String> asName = eric.post("/author/pages/new", Map.of("_csrf", csrf, "parent", "/",
                    "name", payload, "title", "x", "template", "events:pages/content-page"));
            assertThat(asName.statusCode()).as("name %s", payload).isEqualTo(422);
            assertHtmlSafe("name " + payload, asName.body(), Set.of());
            HttpResponse<String> asParent = eric.post("/author/pages/new", Map.of("_csrf", csrf, "parent", payload,
                    "name", "child", "title", "x", "template", "events:pages/content-page"));
            assertThat(asParent.statusCode()).as("parent %s", payload).isIn(404, 422);
            HttpResponse<String> asEvent = saveDialog("/author/pages/xss-0/areas/main/components/00",
                    Map.of("event", payload));
            assertThat(asEvent.statusCode()).as("event %s", payload).isEqualTo(422);
            assertHtmlSafe("event " + payload, asEvent.body(), Set.of());
        }
        assertThat(RepositoryFingerprint.content(site.repositories().author())).isEqualTo(before);
    }

    /** Adds page {@code xss-i}, sets its properties and adds the four components; @return its identifier */
    private static String buildPage(int i) throws Exception {
        String page = "/author/pages/xss-" + i;
        HttpResponse<String> added = eric.post("/author/pages/new", Map.of("_csrf", csrf, "parent", "/",
                "name", "xss-" + i, "title", PAYLOADS.get(i), "template", "events:pages/content-page"));
        assertThat(added.statusCode()).as("page %d: %s", i, added.body()).isEqualTo(303);
        Map<String, String> properties = texts(i + 1);
        properties.remove("title"); // kept from the tree's form, and checked on the public page
        assertThat(saveDialog(page + "/properties", properties).statusCode()).as("properties of %d", i)
                .isEqualTo(303);
        for (int c = 0; c < COMPONENTS.size(); c++) {
            HttpResponse<String> component = eric.post(page + "/areas/main/add", Map.of("_csrf", csrf,
                    "template", "events:components/" + COMPONENTS.get(c)));
            assertThat(component.statusCode()).as(COMPONENTS.get(c)).isEqualTo(303);
            String dialog = component.headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
            HttpResponse<String> saved = saveDialog(dialog, texts(i + 2 + c * TEXT_INPUTS.size()));
            assertThat(saved.statusCode()).as("%s of page %d: %s", COMPONENTS.get(c), i, saved.body())
                    .isEqualTo(303);
        }
        Session website = site.repositories().author().login(Workspaces.WEBSITE);
        try {
            return website.getNode("/xss-" + i).getIdentifier();
        } finally {
            website.logout();
        }
    }

    /** Payloads from {@code from} on for every text input; category-like ones are shortened to their limits. */
    private static Map<String, String> texts(int from) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int t = 0; t < TEXT_INPUTS.size(); t++) {
            texts.put(TEXT_INPUTS.get(t), XssCorpus.at(PAYLOADS, from + t));
        }
        return texts;
    }

    /** Saves a dialog as a browser would, the inputs it has taking the given values. */
    private static HttpResponse<String> saveDialog(String address, Map<String, String> values) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        for (FormElement dialog : Jsoup.parse(eric.get(address).body()).select("form.author-dialog").forms()) {
            for (Connection.KeyVal input : dialog.formData()) {
                form.putIfAbsent(input.key(), values.getOrDefault(input.key(), input.value()));
            }
        }
        assertThat(form).as("the dialog at " + address).containsKey("_csrf");
        return eric.post(address, form);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
