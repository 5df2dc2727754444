package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.Browser;
import dev.events.testing.Closer;
import dev.events.testing.TestSite;

/**
 * An author's day in headless chromium, over real HTTP through Jetty: log in, create an event with every field
 * type, get each validation error, fix them, save, edit, restore an older version, see the event in the
 * browser and not on the public site, trash it and restore it. The tests run in order and share the event;
 * every screen is saved under {@code target/screenshots/author-*.png}.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorBrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String TITLE = "Experts' visit to Hamamatsu";
    private static final String NAME = "experts-visit-to-hamamatsu";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static TestSite site;
    private static WebServer server;
    private static Browser browser;
    private static Path image;
    private static Path notAnImage;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        site = TestSite.start();
        site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        Path folder = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target",
                "author-browser-test")).toAbsolutePath();
        image = folder.resolve("hamamatsu.png");
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x00508f));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ImageIO.write(picture, "png", image.toFile());
        notAnImage = folder.resolve("notes.png");
        Files.writeString(notAnImage, "These are notes, not a picture.\n", StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(browser, server, site);
    }

    @BeforeEach
    void desktopWindow() {
        browser.desktop();
    }

    @Test
    @Order(1)
    void anAuthorLogsInThroughTheForm() {
        browser.open(url("/author/events"));
        browser.waitUntil(ExpectedConditions.urlContains("/author/login"));
        WebElement user = browser.find(By.id("username"));
        assertThat(browser.driver().switchTo().activeElement()).as("autofocus").isEqualTo(user);
        assertThat(label("username")).isEqualTo("User name");
        assertThat(label("password")).isEqualTo("Password");
        browser.screenshot("author-login");
        user.sendKeys("eric");
        browser.find(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events")));
        assertThat(browser.find(By.cssSelector(".author__user")).getText()).isEqualTo("eric");
        assertThat(browser.find(By.id("count")).getText()).isEqualTo("0 events");
        browser.screenshot("author-events-empty");
    }

    @Test
    @Order(2)
    void theNewFormLabelsEveryInputAndTabsFromTitleToItsFrenchTitle() {
        browser.find(By.linkText("New event")).click();
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events/new")));
        waitForRichText();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("New event");
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector(
                ".author-editor input:not([type=hidden]), .author-editor select, .author-editor textarea"));
        assertThat(inputs).isNotEmpty().allSatisfy(input -> assertThat(accessibleName(input))
                .as("label of %s", input.getDomAttribute("name")).isNotBlank());
        assertThat(new Select(browser.find(By.id("f-timeZone"))).getFirstSelectedOption().getDomAttribute("value"))
                .as("default time zone").isEqualTo("Europe/Paris");
        browser.screenshot("author-editor-new");

        WebElement title = browser.find(By.id("f-title"));
        title.click();
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-title_fr");
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style")).as("visible focus").isNotEqualTo("none");
    }

    @Test
    @Order(3)
    void aFormWithEveryKindOfMistakeIsRefusedNamingEachBesideItsField() {
        // the title stays empty (required)
        type("f-title_fr", "Visite d'experts à Hamamatsu");
        type("f-subtitle", "A study visit on intercultural cities");
        type("f-subtitle_fr", "Une visite d'étude sur les cités interculturelles");
        setDate("f-startDate", "2030-05-10", "10:00");
        setDate("f-endDate", "2030-05-09", "17:30"); // before the start
        click("f-allDay"); // all day, yet with times
        new Select(browser.find(By.id("f-timeZone"))).selectByValue("Asia/Tokyo");
        new Select(browser.find(By.id("f-status"))).selectByValue("postponed");
        showTab("place");
        type("f-location", "Hamamatsu, Japan");
        type("f-location_fr", "Hamamatsu, Japon");
        type("f-venue", "Act City");
        type("f-room", "Hall 3");
        type("f-city", "Hamamatsu");
        new Select(browser.find(By.id("f-country"))).selectByVisibleText("Japan");
        type("f-onlineUrl", "https://example.org/live");
        showTab("content");
        browser.find(By.id("f-teaser")).sendKeys("Experts visit Hamamatsu.", Keys.ENTER, "Second line of the teaser.");
        type("f-teaser_fr", "Des experts visitent Hamamatsu.");
        typeRichText("f-body", "The programme of the visit.");
        typeRichText("f-body_fr", "Le programme de la visite.");
        browser.find(By.id("f-image")).sendKeys(notAnImage.toString()); // text named .png
        type("f-links-0-label", "Programme");
        type("f-links-0-label_fr", "Programme (fr)");
        type("f-links-0-href", "javascript:alert(1)");
        type("f-categories-0", "study-visit");
        type("f-categories-1", "japan");
        browser.script("arguments[0].scrollIntoView()", browser.find(By.id("f-body_fr_ifr")));
        browser.screenshot("author-editor-content");
        save();

        WebElement summary = browser.find(By.id("error-summary"));
        browser.waitUntil(d -> summary.equals(d.switchTo().activeElement()));
        assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There are 5 problems");
        assertThat(summary.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(
                "Title: required",
                "Start: an all-day event takes dates without times",
                "End: is before startDate",
                "Image: type not allowed: a text file; allowed: PNG, JPEG, GIF, WebP images, PDF documents",
                "Links 1: Address: must be a path on this site (/...) or an http(s) or mailto URL");
        assertThat(errorBeside("f-title")).isEqualTo("required");
        assertThat(errorBeside("f-startDate")).isEqualTo("an all-day event takes dates without times");
        assertThat(errorBeside("f-endDate")).isEqualTo("is before startDate");
        assertThat(errorBeside("f-image")).startsWith("type not allowed");
        assertThat(errorBeside("f-links-0-href")).startsWith("must be a path on this site");
        assertThat(browser.find(By.id("f-title")).getDomAttribute("aria-invalid")).isEqualTo("true");
        // the summary's links lead to the fields
        summary.findElement(By.linkText("Links 1: Address")).click();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-links-0-href");
        // what the author typed is still there
        assertThat(value("f-title_fr")).isEqualTo("Visite d'experts à Hamamatsu");
        assertThat(value("f-links-0-label_fr")).isEqualTo("Programme (fr)");
        assertThat(new Select(browser.find(By.id("f-status"))).getFirstSelectedOption().getText()).isEqualTo("Postponed");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("author-editor-errors");
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
        browser.script("window.scrollTo(0, 0)");
        assertNoSidewaysScroll();
        browser.screenshot("author-editor-errors-phone");
    }

    @Test
    @Order(4)
    void fixingTheMistakesSavesTheEvent() {
        type("f-title", TITLE);
        setDate("f-endDate", "2030-05-11", "17:30");
        click("f-allDay");
        assertThat(browser.find(By.id("f-allDay")).isSelected()).isFalse();
        type("f-links-0-href", "https://example.org/programme");
        browser.find(By.id("f-image")).sendKeys(image.toString());
        save();

        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events/" + NAME + "?saved=1")));
        assertThat(browser.find(By.cssSelector(".author__notice")).getText()).isEqualTo("Saved.");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(browser.driver().findElements(By.id("error-summary"))).isEmpty();
        browser.screenshot("author-editor-saved");
        assertThat(value("f-title_fr")).isEqualTo("Visite d'experts à Hamamatsu");
        assertThat(value("f-subtitle_fr")).isEqualTo("Une visite d'étude sur les cités interculturelles");
        assertThat(value("f-startDate")).isEqualTo("2030-05-10");
        assertThat(value("f-startDate-time")).isEqualTo("10:00");
        assertThat(value("f-endDate")).isEqualTo("2030-05-11");
        assertThat(value("f-endDate-time")).isEqualTo("17:30");
        assertThat(browser.find(By.id("f-allDay")).isSelected()).isFalse();
        assertThat(selected("f-timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(selected("f-status")).isEqualTo("postponed");
        assertThat(selected("f-country")).isEqualTo("JP");
        assertThat(value("f-location_fr")).isEqualTo("Hamamatsu, Japon");
        assertThat(value("f-teaser")).isEqualTo("Experts visit Hamamatsu.\nSecond line of the teaser.");
        assertThat(value("f-teaser_fr")).isEqualTo("Des experts visitent Hamamatsu.");
        assertThat(richText("f-body")).contains("The programme of the visit.");
        assertThat(richText("f-body_fr")).contains("Le programme de la visite.");
        assertThat(value("f-links-0-label")).isEqualTo("Programme");
        assertThat(value("f-links-0-label_fr")).isEqualTo("Programme (fr)");
        assertThat(value("f-links-0-href")).isEqualTo("https://example.org/programme");
        assertThat(value("f-categories-0")).isEqualTo("study-visit");
        assertThat(value("f-categories-1")).isEqualTo("japan");
        WebElement current = browser.find(By.cssSelector(".author-field--damLinkField .author-field__asset a"));
        assertThat(current.getDomAttribute("href")).matches("/author/dam/jcr:[0-9a-f-]{36}");
        Object width = browser.script("const img = new Image(); img.src = arguments[0];"
                + " return img.decode().then(() => img.naturalWidth);", current.getDomProperty("href"));
        assertThat(width).as("the stored image, served to authors").isEqualTo(64L);
    }

    @Test
    @Order(5)
    void editingAddsAVersionAndAnOlderOneCanBeRestored() {
        type("f-title", TITLE + " (revised)");
        save();
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events/" + NAME + "?saved=1")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(TITLE + " (revised)");
        List<WebElement> versions = browser.findAll(By.cssSelector(".author-history__version"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getText()).contains(TITLE + " (revised)").contains("eric").contains("Current");
        assertThat(versions.get(1).getText()).contains(TITLE).contains("Restore this version");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("history-title")));
        browser.screenshot("author-history");

        versions.get(1).findElement(By.tagName("button")).click();
        browser.waitUntil(ExpectedConditions.urlContains("restored=1"));
        assertThat(browser.find(By.cssSelector(".author__notice")).getText()).startsWith("Restored the older version");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(value("f-title")).isEqualTo(TITLE);
        assertThat(value("f-title_fr")).isEqualTo("Visite d'experts à Hamamatsu");
        assertThat(browser.findAll(By.cssSelector(".author-history__version")).get(0).getText()).contains(TITLE)
                .doesNotContain("(revised)");
        browser.screenshot("author-editor-restored");
    }

    @Test
    @Order(6)
    void theEventIsListedAsNotPublishedAndIsNotOnThePublicSite() throws Exception {
        browser.find(By.cssSelector(".author__crumbs a")).click();
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events")));
        WebElement row = browser.find(By.cssSelector(".author-table__row[data-name='" + NAME + "']"));
        assertThat(row.findElement(By.cssSelector("td a")).getText()).isEqualTo(TITLE);
        assertThat(row.findElement(By.cssSelector(".author-status")).getText()).endsWith("Not published");
        assertThat(browser.find(By.id("count")).getText()).isEqualTo("1 event");
        browser.screenshot("author-events");
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
        assertNoSidewaysScroll();
        browser.screenshot("author-events-phone");

        HttpResponse<String> visitor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/events/" + NAME))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(visitor.statusCode()).isEqualTo(404);
        assertThat(visitor.body()).doesNotContain("Hamamatsu");
    }

    @Test
    @Order(7)
    void anEventMovedToTheTrashCanBeRestored() {
        browser.open(url("/author/events/" + NAME));
        browser.find(By.cssSelector(".author-history__delete button")).click();
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/trash")));
        WebElement row = browser.find(By.cssSelector(".author-trash__row[data-name='" + NAME + "']"));
        assertThat(row.getText()).contains(TITLE).contains("eric");
        browser.screenshot("author-trash");

        browser.open(url("/author/events"));
        assertThat(browser.find(By.id("count")).getText()).isEqualTo("0 events");
        assertThat(browser.driver().findElements(By.cssSelector(".author-table__row"))).isEmpty();

        browser.open(url("/author/trash"));
        browser.find(By.cssSelector(".author-trash__row[data-name='" + NAME + "']"))
                .findElement(By.xpath(".//button[normalize-space()='Restore']")).click();
        browser.waitUntil(ExpectedConditions.urlToBe(url("/author/events/" + NAME)));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(TITLE);
        browser.open(url("/author/trash"));
        assertThat(browser.find(By.cssSelector(".author__empty")).getText()).isEqualTo("The trash is empty.");
        browser.screenshot("author-trash-empty");
        browser.open(url("/author/events"));
        assertThat(browser.find(By.cssSelector(".author-table__row[data-name='" + NAME + "']")).isDisplayed()).isTrue();
    }

    // --- helpers ---

    private static void save() {
        WebElement button = browser.find(By.cssSelector(".author-editor__actions button[type=submit]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState"))
                && !d.findElements(By.cssSelector(".author-editor")).isEmpty());
        waitForRichText();
    }

    /** Clicks an input once it is scrolled to the middle of the window, clear of the sticky Save bar. */
    private static void click(String id) {
        WebElement input = browser.find(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
    }

    /** Replaces an input's text as a user would: select all, type. */
    private static void type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Date and time inputs take keys in the locale's order; their value is set and announced instead. */
    private static void setDate(String id, String day, String time) {
        for (Map.Entry<String, String> input : Map.of(id, day, id + "-time", time).entrySet()) {
            browser.script("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                    + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " e.dispatchEvent(new Event('change', {bubbles: true}));", input.getKey(), input.getValue());
            assertThat(value(input.getKey())).isEqualTo(input.getValue());
        }
    }

    /** Types into TinyMCE's editing frame, as a user would. */
    private static void typeRichText(String id, String text) {
        WebElement frame = browser.find(By.id(id + "_ifr"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", frame);
        browser.driver().switchTo().frame(frame);
        try {
            WebElement body = browser.find(By.id("tinymce"));
            body.click();
            body.sendKeys(text);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** @return the HTML TinyMCE holds for a field */
    private static String richText(String id) {
        return (String) browser.script("return tinymce.get(arguments[0]).getContent()", id);
    }

    private static void waitForRichText() {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!window.tinymce"
                + " && tinymce.get().length === document.querySelectorAll('textarea[data-richtext]').length"
                + " && tinymce.get().every(e => e.initialized)")));
    }

    /** Follows the tab link of a form section, as a keyboard user would. */
    private static void showTab(String tab) {
        WebElement link = browser.find(By.cssSelector(".author-editor__tab[href='#tab-" + tab + "']"));
        link.click();
    }

    private static String value(String id) {
        return browser.find(By.id(id)).getDomProperty("value");
    }

    private static String selected(String id) {
        return new Select(browser.find(By.id(id))).getFirstSelectedOption().getDomAttribute("value");
    }

    private static String label(String id) {
        return browser.find(By.cssSelector("label[for='" + id + "']")).getText();
    }

    /** @return the text of the field error that describes the input, inside the same field */
    private static String errorBeside(String id) {
        WebElement input = browser.driver().findElement(By.id(id));
        WebElement field = input.findElement(By.xpath("ancestor::div[contains(@class,'author-field')][1]"));
        List<WebElement> errors = field.findElements(By.cssSelector(".author-field__error"));
        assertThat(errors).as("error beside %s", id).hasSize(1);
        assertThat(errors.get(0).isDisplayed()).isTrue();
        String describedBy = input.getDomAttribute("aria-describedby");
        assertThat(describedBy).as("aria-describedby of %s", id).contains(errors.get(0).getDomAttribute("id"));
        return errors.get(0).getText();
    }

    /** @return the input's label text, or its aria-label */
    private static String accessibleName(WebElement input) {
        return (String) browser.script("const e = arguments[0];"
                + " return e.getAttribute('aria-label') || Array.from(e.labels || []).map(l => l.textContent).join(' ');",
                input);
    }

    private static void assertNoSidewaysScroll() {
        Map<?, ?> widths = (Map<?, ?>) browser.script("const e = document.documentElement;"
                + " return {scroll: e.scrollWidth, client: e.clientWidth};");
        assertThat((Long) widths.get("scroll")).as("scrollWidth at %s px, %s", PHONE_WIDTH, widths)
                .isLessThanOrEqualTo((Long) widths.get("client"));
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }
}
