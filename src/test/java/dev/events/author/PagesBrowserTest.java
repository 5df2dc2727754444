package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.events.content.JcrValues;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.DialogDefinition;
import dev.events.definition.FieldDefinition;
import dev.events.definition.TemplateDefinition;
import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.Browser;
import dev.events.testing.Closer;
import dev.events.testing.TestSite;

/**
 * An integrator builds a page in headless chromium: eric (editor) creates {@code /conferences} with the content
 * page template (the events page template when the registry has none), adds an event list, configures it through
 * its dialog (filtered to the category {@value #CATEGORY} when the dialog has a category filter, else the three
 * most recent past events) and a calendar when the area takes one, and requests publication; peter (publisher)
 * approves; a visitor then sees the right published events and nothing of the editor. Screens are saved under
 * {@code target/screenshots/pages-*.png}.
 */
@Tag("browser")
class PagesBrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String CATEGORY = "side-event";
    private static final String EVENT_LIST = "events:components/event-list";
    private static final String CALENDAR = "events:components/event-calendar";

    private static TestSite site;
    private static WebServer server;
    private static Browser eric;
    private static Browser peter;

    @BeforeAll
    static void start() throws Exception {
        CompletableFuture<Browser> first = CompletableFuture.supplyAsync(Browser::startAsync);
        CompletableFuture<Browser> second = CompletableFuture.supplyAsync(Browser::startAsync);
        try {
            site = TestSite.withSeedEvents();
            site.importEvents("/pages/unpublished-side-event.json", false);
            UserStore users = site.runtime().get(UserStore.class);
            users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
            users.add("peter", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
            server = site.startWebServer();
        } finally {
            try {
                eric = first.join();
            } finally {
                peter = second.join();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(eric, peter, server, site);
    }

    @Test
    void anIntegratorBuildsAPageAPublisherApprovesItAndVisitorsSeeTheRightEvents() throws Exception {
        DefinitionRegistry definitions = site.runtime().get(DefinitionRegistry.class);
        String template = "events:pages/content-page";
        FieldDefinition category = categoryField(definitions);

        logIn(eric, "eric");
        eric.find(By.cssSelector(".author__nav")).findElement(By.linkText("Pages")).click();
        eric.waitUntil(ExpectedConditions.urlToBe(url("/author/pages")));
        type(eric, "add-name", "conferences");
        type(eric, "add-title-input", "Conferences");
        new Select(eric.find(By.id("add-template"))).selectByValue(template);
        eric.screenshot("pages-eric-add");
        submit(eric, By.cssSelector(".author-pages__add-form button[type=submit]"));
        assertThat(eric.driver().getCurrentUrl()).isEqualTo(url("/author/pages/conferences?added=1"));
        assertThat(eric.find(By.cssSelector(".page-editor__notice")).getText()).contains("Page added");
        eric.screenshot("pages-eric-editor-empty");

        String area = areaOffering(EVENT_LIST);
        addComponent(area, EVENT_LIST);
        fillCategory(category);
        List<String> expected = publishedTitlesOf(CATEGORY);
        assertThat(expected).as("the seed has published events of the category").isNotEmpty();
        eric.screenshot("pages-eric-dialog");
        submit(eric, By.cssSelector(".author-editor__actions button[type=submit]"));
        assertThat(eric.driver().getCurrentUrl()).isEqualTo(url("/author/pages/conferences?saved=1"));
        assertThat(titles(eric)).as("the preview lists published events only")
                .containsExactlyInAnyOrderElementsOf(expected);

        addComponent(area, CALENDAR);
        type(eric, "f-title", "Conference calendar");
        eric.screenshot("pages-eric-calendar-dialog");
        submit(eric, By.cssSelector(".author-editor__actions button[type=submit]"));
        eric.screenshot("pages-eric-editor-configured");

        type(eric, "wf-comment", "The conferences page, ready to go live");
        submit(eric, By.xpath("//form[contains(@action,'/request-publication')]//button"));
        assertThat(eric.find(By.id("page-workflow")).getText()).isEqualTo("Pending approval");
        eric.screenshot("pages-eric-requested");
        assertThat(site.get("/conferences").status()).as("nothing public before approval").isEqualTo(404);

        logIn(peter, "peter");
        peter.open(url("/author/tasks"));
        WebElement task = peter.find(By.cssSelector("article[data-page='/conferences']"));
        assertThat(task.getText()).contains("Conferences").contains("The conferences page, ready to go live");
        peter.screenshot("pages-peter-task");
        submit(peter, By.cssSelector("article[data-page='/conferences'] form[action$='/claim'] button"));
        submit(peter, By.cssSelector("article[data-page='/conferences'] form[action$='/approve'] button"));
        peter.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article[data-page='/conferences']"),
                0));

        peter.open(url("/conferences"));
        peter.screenshot("pages-visitor-conferences");
        assertThat(titles(peter)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(peter.driver().getPageSource()).doesNotContain("Side event not yet approved");
        assertThat(peter.driver().findElements(By.cssSelector(".page-editor, .page-editor-bar, [data-component],"
                + " form[action^='/author'], link[href*='page-editor']"))).as("no edit chrome").isEmpty();
        assertThat(peter.find(By.cssSelector("table")).getText()).contains("September 2017");
        assertThat(peter.driver().getPageSource()).contains("Conference calendar");
    }

    /** @return the event list dialog's category filter */
    private static FieldDefinition categoryField(DefinitionRegistry definitions) {
        return definitions.template(EVENT_LIST).map(TemplateDefinition::dialog).flatMap(definitions::dialog)
                .map(DialogDefinition::fields).orElse(List.of()).stream()
                .filter(f -> f.name().toLowerCase(java.util.Locale.ROOT).startsWith("categor")).findFirst()
                .orElseThrow();
    }

    /** Fills the category filter, whatever its field type, and lets past events in (the seed's are past). */
    private static void fillCategory(FieldDefinition field) {
        WebElement input = eric.find(By.cssSelector("[name='" + field.name() + "']"));
        if (input.getTagName().equals("select")) {
            new Select(input).selectByValue(CATEGORY);
        } else {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(CATEGORY);
        }
        for (WebElement box : eric.driver().findElements(By.cssSelector("input[type=checkbox][name*=ast]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    /** @return the titles of the published events of a category */
    private static List<String> publishedTitlesOf(String category) throws Exception {
        Session events = site.repositories().published().loginReadOnly(Workspaces.EVENTS);
        try {
            List<Node> matching = new ArrayList<>();
            collect(events.getRootNode(), category, matching);
            List<String> titles = new ArrayList<>();
            for (Node event : matching) {
                titles.add(event.getProperty("title").getString());
            }
            return titles;
        } finally {
            events.logout();
        }
    }

    private static void collect(Node parent, String category, List<Node> out) throws Exception {
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.FOLDER)) {
                collect(node, category, out);
            } else if (node.isNodeType(NodeTypes.CONTENT) && JcrValues.strings(node, "categories").contains(category)) {
                out.add(node);
            }
        }
    }

    /** @return the name of the first area whose bar offers the component */
    private static String areaOffering(String component) {
        WebElement option = eric.find(By.cssSelector(".page-editor-area option[value='" + component + "']"));
        return option.findElement(By.xpath("ancestor::section[@data-area]")).getDomAttribute("data-area");
    }

    private static void addComponent(String area, String component) {
        new Select(eric.find(By.id("add-" + area))).selectByValue(component);
        submit(eric, By.cssSelector("form[action$='/areas/" + area + "/add'] button"));
        assertThat(eric.driver().getCurrentUrl()).matches(".*/areas/" + area + "/components/0\\d*\\?added=1$");
    }

    /** @return the event titles an event list shows */
    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".events-list__item")).stream()
                .map(item -> item.findElement(By.cssSelector("h2, h3")).getText()).toList();
    }

    private static void logIn(Browser browser, String name) {
        browser.open(url("/author/login"));
        browser.find(By.id("username")).sendKeys(name);
        browser.find(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events")));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.find(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Clicks a submit button and waits for the next page to load. */
    private static void submit(Browser browser, By button) {
        WebElement element = browser.find(button);
        String page = (String) browser.script("return document.documentElement.dataset.page = String(Math.random())");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.waitUntil(d -> !page.equals(browser.script("return document.documentElement.dataset.page || ''"))
                && "complete".equals(browser.script("return document.readyState")));
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }
}
