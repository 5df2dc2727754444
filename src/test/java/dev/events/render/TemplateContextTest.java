package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.cli.Folders;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.site.SiteResponse;
import dev.events.testing.TestSite;

/**
 * Another light module than ours renders with Magnolia's template context: a probe page prints each context
 * object's values.
 */
class TemplateContextTest {

    private static Path modules;
    private static TestSite site;
    private static String pageId;

    @BeforeAll
    static void publishProbePage() throws Exception {
        modules = Files.createTempDirectory("light-modules");
        Folders.copy(Path.of("light-modules/events"), modules.resolve("events"));
        Folders.copy(Path.of("src/test/resources/template-context/probe"), modules.resolve("probe"));
        site = TestSite.start(modules);
        Session website = site.repositories().author().login(Workspaces.WEBSITE);
        try {
            pageId = createPage(website, "probe", "probe:pages/probe").getIdentifier();
            String evil = createPage(website, "evil", "probe:pages/evil").getIdentifier();
            website.save();
            site.runtime().get(Publisher.class).publish(Workspaces.WEBSITE, List.of(pageId, evil), "test");
        } finally {
            website.logout();
        }
    }

    @AfterAll
    static void close() {
        site.close();
        TestSite.deleteRecursively(modules);
    }

    @Test
    void contentOffersMagnoliasSpecialKeysAndTypedValues() throws Exception {
        Document page = probe("/probe");
        assertThat(text(page, "name")).isEqualTo("probe");
        assertThat(text(page, "path")).isEqualTo("/probe");
        assertThat(text(page, "id")).isEqualTo(pageId);
        assertThat(text(page, "node-type")).isEqualTo("mgnl:page");
        assertThat(text(page, "depth")).isEqualTo("1");
        assertThat(text(page, "title")).isEqualTo("Probe <b>page</b>");
        assertThat(page.select("#title b")).isEmpty();
        assertThat(text(page, "hide")).isEqualTo("false");
        assertThat(text(page, "tags")).isEqualTo("a+b");
    }

    @Test
    void defCtxAndStateDescribeTheTemplateAndTheRequest() throws Exception {
        Document page = probe("/probe?q=hello");
        assertThat(text(page, "def-id")).isEqualTo("probe:pages/probe");
        assertThat(text(page, "param")).isEqualTo("vanilla");
        assertThat(text(page, "query")).isEqualTo("hello");
        assertThat(text(page, "context-path")).isEqualTo("[]");
        assertThat(text(page, "main")).isEqualTo("Probe <b>page</b>");
        assertThat(text(probe("/probe"), "query")).isEqualTo("none");
    }

    @Test
    void cmsfnAnswersAsMagnoliasTemplatingFunctions() throws Exception {
        Document page = probe("/fr/probe");
        assertThat(text(page, "areas")).isEqualTo("main");
        assertThat(text(page, "status")).isEqualTo("2");
        assertThat(text(page, "abbreviated")).isEqualTo("one two...");
        assertThat(text(page, "link")).isEqualTo("/fr/probe");
        assertThat(text(page, "language")).isEqualTo("fr");
        assertThat(text(page, "edit")).isEqualTo("false");
    }

    @Test
    void i18nReadsEveryModulesBundlesWithFallbackToEnglish() throws Exception {
        assertThat(text(probe("/probe"), "greeting")).isEqualTo("Hello");
        assertThat(text(probe("/fr/probe"), "greeting")).isEqualTo("Bonjour");
        assertThat(text(probe("/fr/probe"), "hello")).isEqualTo("Hello, Ada!");
    }

    @Test
    void areasAndComponentsRenderWithTheirOwnTemplates() throws Exception {
        Document page = probe("/probe");
        assertThat(page.select("#area .box").eachText()).containsExactly("one", "two & three");
        assertThat(page.select("#direct .box").eachText()).containsExactly("one", "two & three");
    }

    @Test
    void templatesCannotInstantiateJavaClasses() throws Exception {
        SiteResponse response = site.get("/evil");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).doesNotContain("uid=").doesNotContain("Execute");
    }

    private static Document probe(String path) throws Exception {
        SiteResponse response = site.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    private static String text(Document page, String id) {
        return page.getElementById(id).text();
    }

    private static Node createPage(Session website, String name, String template) throws Exception {
        Node page = website.getRootNode().addNode(name, NodeTypes.PAGE);
        page.setProperty(NodeTypes.TEMPLATE, template);
        page.setProperty("title", "Probe <b>page</b>");
        page.setProperty("hideInNav", false);
        page.setProperty("tags", new String[] {"a", "b"});
        Node area = page.addNode("main", NodeTypes.AREA);
        for (String text : List.of("one", "two & three")) {
            Node box = area.addNode(area.getNodes().getSize() == 0 ? "0" : "00", NodeTypes.COMPONENT);
            box.setProperty(NodeTypes.TEMPLATE, "probe:components/box");
            box.setProperty("text", text);
        }
        return page;
    }
}
