package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.testing.Browser;
import dev.events.testing.Closer;
import dev.events.testing.TestSite;

/** The public site of the seed events in headless chromium, over real HTTP through Jetty. */
@Tag("browser")
class PublicSiteBrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static TestSite site;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        site = TestSite.withSeedEvents();
        site.configureEventList(Map.of("sortOrder", "published"));
        server = site.startWebServer();
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(browser, server, site);
    }

    @BeforeEach
    void desktopWindow() {
        if (browser != null) {
            browser.desktop();
        }
    }

    @Test
    void theTenSeedEventsAreVisibleNewestPublishedFirst() throws Exception {
        browser.open(url("/events"));
        List<WebElement> titles = browser.findAll(By.cssSelector(".events-list__item .events-teaser__title"));
        browser.screenshot("public-events-desktop");
        assertThat(titles).allMatch(WebElement::isDisplayed);
        assertThat(titles).extracting(WebElement::getText).containsExactlyElementsOf(seedTitlesNewestPublishedFirst());
    }

    @Test
    void onAPhoneThePageDoesNotScrollSideways() {
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
        browser.open(url("/events"));
        browser.find(By.cssSelector(".events-teaser__title"));
        browser.screenshot("public-events-phone");
        Map<?, ?> widths = (Map<?, ?>) browser.script("const e = document.documentElement;"
                + " return {scroll: e.scrollWidth, client: e.clientWidth, window: window.innerWidth};");
        assertThat(widths.get("window")).isEqualTo((long) PHONE_WIDTH);
        assertThat((Long) widths.get("scroll")).as("scrollWidth at %s px, %s", PHONE_WIDTH, widths)
                .isLessThanOrEqualTo((Long) widths.get("client"));
    }

    @Test
    void tabMovesFocusToALinkWithAVisibleOutline() {
        browser.open(url("/events"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.waitUntil(d -> {
            WebElement active = d.switchTo().activeElement();
            return "a".equals(active.getTagName()) ? active : null;
        });
        assertThat(focused.getDomProperty("href")).isNotBlank();
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(focused.getCssValue("outline-width")).isNotEqualTo("0px");
        browser.screenshot("public-events-focus");
    }

    @Test
    void readMoreOpensTheEventsDetailPage() throws Exception {
        browser.open(url("/events"));
        WebElement firstTeaser = browser.find(By.cssSelector(".events-list__item"));
        String title = firstTeaser.findElement(By.cssSelector(".events-teaser__title")).getText();
        WebElement readMore = firstTeaser.findElement(By.cssSelector("a.events-teaser__more"));
        assertThat(readMore.getText()).isEqualTo("Read More");
        String href = readMore.getDomProperty("href");
        readMore.click();
        browser.waitUntil(ExpectedConditions.urlToBe(href));
        WebElement heading = browser.find(By.cssSelector("h1.events-detail__title"));
        browser.screenshot("public-event-detail");
        assertThat(heading.getText()).isEqualTo(title).isEqualTo(seedTitlesNewestPublishedFirst().get(0));
        assertThat(browser.driver().getTitle()).contains(title);
    }

    @Test
    void theFrenchPageSaysLireLaSuite() throws Exception {
        browser.open(url("/fr/events"));
        List<WebElement> readMore = browser.findAll(By.cssSelector("a.events-teaser__more"));
        browser.screenshot("public-events-fr");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(readMore).hasSize(seedTitlesNewestPublishedFirst().size())
                .allSatisfy(link -> {
                    assertThat(link.isDisplayed()).isTrue();
                    assertThat(link.getText()).isEqualTo("Lire la suite");
                    assertThat(link.getDomProperty("href")).contains("/fr/events/");
                });
    }

    /** The fixture's titles in the order of the list configured above: latest publication first. */
    private static List<String> seedTitlesNewestPublishedFirst() throws Exception {
        JsonNode fixture;
        try (InputStream in = TestSite.class.getResourceAsStream(TestSite.SEED_FIXTURE)) {
            fixture = new ObjectMapper().readTree(in);
        }
        List<JsonNode> events = new ArrayList<>();
        fixture.get("events").forEach(events::add);
        events.sort(Comparator.comparing((JsonNode e) -> OffsetDateTime.parse(e.get("published").asText()).toInstant())
                .reversed());
        return events.stream().map(e -> e.get("title").asText()).toList();
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }
}
