package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.Browser;
import dev.events.testing.Closer;
import dev.events.testing.TestSite;

/**
 * The approval workflow in headless chromium with two people, each in their own browser (their own session):
 * eric, an editor, creates events and asks for their publication; peter, a publisher, claims, approves and
 * rejects on the Tasks page; the public site follows only approved states, scheduled ones when their time comes;
 * nobody decides on their own request. The tests run in order and share the events; every screen is saved under
 * {@code target/screenshots/workflow-*.png}.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowBrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String TITLE = "Harbour lights night";
    private static final String NAME = "harbour-lights-night";
    private static final String NEW_TITLE = "Harbour lights night, with the choir";
    private static final String REJECTED_TITLE = "Harbour lights night, moved to Monday";
    private static final String SCHEDULED_TITLE = "Dockside film evening";
    private static final String SCHEDULED = "dockside-film-evening";
    private static final String OWN_TITLE = "Publishers' breakfast";
    private static final String OWN = "publishers-breakfast";
    /** Words of the buttons that decide on a request, which editors never get. */
    private static final String DECIDING = "(?i).*\\b(approve|publish|claim|reject)\\b.*";

    private static TestSite site;
    private static WebServer server;
    private static Person eric;
    private static Person peter;
    private static final HttpClient visitor = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        // the browsers start while the repositories do
        CompletableFuture<Browser> first = CompletableFuture.supplyAsync(Browser::startAsync);
        CompletableFuture<Browser> second = CompletableFuture.supplyAsync(Browser::startAsync);
        try {
            site = TestSite.start();
            UserStore users = site.runtime().get(UserStore.class);
            users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
            users.add("peter", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
            server = site.startWebServer();
        } finally {
            try {
                eric = new Person("eric", first.join());
            } finally {
                peter = new Person("peter", second.join());
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(eric, peter, server, site);
    }

    @Test
    @Order(1)
    void anEditorCreatesAnEventAndRequestsItsPublicationButCannotDecide() throws Exception {
        eric.logIn();
        eric.screenshot("workflow-eric-events");
        eric.createEvent(TITLE, "2031-06-20", "Europe/Paris");
        assertThat(eric.location()).isEqualTo(url("/author/events/" + NAME + "?saved=1"));
        assertThat(eric.text(By.id("workflow-state"))).contains("Not published").doesNotContain("Pending");
        eric.scrollTo(By.id("workflow-title"));
        eric.screenshot("workflow-eric-saved");

        eric.requestPublication("Ready for the summer programme, please publish", "");
        assertThat(eric.location()).isEqualTo(url("/author/events/" + NAME + "?requested=1"));
        assertThat(eric.text(By.cssSelector(".author__notice"))).isEqualTo("Your request was sent to the publishers.");
        assertThat(eric.text(By.id("workflow-state"))).contains("Not published").contains("Pending approval");
        assertThat(eric.browser.driver().findElements(By.cssSelector(".author-workflow__form")))
                .as("no second request while one waits").isEmpty();
        assertThat(eric.text(By.cssSelector(".author-workflow__audit"))).contains("eric")
                .contains("request-publication").contains("Ready for the summer programme");
        eric.assertNoDecidingButton();
        eric.scrollTo(By.id("workflow-title"));
        eric.screenshot("workflow-eric-pending");

        eric.tasks();
        WebElement task = eric.task(NAME);
        assertThat(task.getText()).contains("Requested by eric").contains("Waiting for a publisher");
        assertThat(task.findElements(By.cssSelector(".author-task__actions"))).isEmpty();
        eric.assertNoDecidingButton();
        assertThat(eric.text(By.cssSelector(".author-tasks__mine [data-task='" + task.getDomAttribute("data-task")
                + "']"))).contains(TITLE).contains("Waiting for a publisher");
        eric.screenshot("workflow-eric-tasks-pending");
        // an editor's claim, crafted with the page's token, is refused all the same
        String claim = "/author/tasks/" + task.getDomAttribute("data-task") + "/claim";
        assertThat(eric.postFromPage(claim, Map.of())).containsEntry("status", 403L);
        eric.submitCraftedForm(claim);
        assertThat(eric.text(By.id("task-problem"))).isEqualTo("Only publishers decide on requests.");
        assertThat(eric.task(NAME).getText()).contains("Waiting for a publisher");
        eric.assertNoDecidingButton();
        eric.screenshot("workflow-eric-claim-refused");
        assertThat(publicStatus(NAME)).isEqualTo(404);

        // a request for an event that is not there: the error page, whose header still logs out
        eric.submitCraftedForm("/author/events/no-such-event/request-publication");
        assertThat(eric.text(By.tagName("h1"))).isEqualTo("Error 404");
        assertThat(eric.text(By.cssSelector("[role=alert]"))).isEqualTo("There is no event no-such-event.");
        eric.screenshot("workflow-eric-request-missing-event");
        eric.submit(By.cssSelector(".author__logout button"));
        assertThat(eric.location()).startsWith(url("/author/login"));
        eric.logIn();
    }

    @Test
    @Order(2)
    void aPublisherInAnotherBrowserSeesTheRequestClaimsAndApprovesIt() throws Exception {
        peter.logIn();
        peter.tasks();
        WebElement task = peter.task(NAME);
        assertThat(task.findElement(By.cssSelector(".author-task__meta")).getText()).contains("Requested by eric")
                .contains("Waiting for a publisher");
        assertThat(task.findElement(By.cssSelector(".author-task__comment")).getText())
                .isEqualTo("Ready for the summer programme, please publish");
        List<String> title = cells(task, "title");
        assertThat(title).as("live, requested").containsExactly("", TITLE);
        assertThat(task.findElement(By.cssSelector(".author-task__diff caption")).getText())
                .isEqualTo("What publication changes on the public site");
        assertThat(buttonsOf(task)).containsExactly("Claim");
        peter.screenshot("workflow-peter-tasks-open");

        peter.decide(NAME, "Claim");
        task = peter.task(NAME);
        assertThat(task.findElement(By.cssSelector(".author-task__status")).getText()).isEqualTo("Claimed by peter");
        assertThat(buttonsOf(task)).containsExactly("Approve", "Reject");
        peter.screenshot("workflow-peter-tasks-claimed");

        peter.decide(NAME, "Approve");
        peter.waitUntilNoTask(NAME);
        peter.screenshot("workflow-peter-tasks-approved");

        assertThat(publicStatus(NAME)).isEqualTo(200);
        peter.open("/events/" + NAME);
        assertThat(peter.text(By.cssSelector("h1"))).isEqualTo(TITLE);
        peter.screenshot("workflow-public-published");

        eric.open("/author/events/" + NAME);
        assertThat(eric.text(By.id("workflow-state"))).contains("Published").doesNotContain("Pending");
        assertThat(eric.text(By.cssSelector(".author-workflow__audit"))).contains("peter").contains("approve");
        eric.scrollTo(By.id("workflow-title"));
        eric.screenshot("workflow-eric-published");
    }

    @Test
    @Order(3)
    void anEditOfThePublishedEventReachesThePublicSiteOnlyOnceApproved() throws Exception {
        site.clock().advance(Duration.ofMinutes(5));
        eric.type("f-title", NEW_TITLE);
        eric.save();
        assertThat(eric.text(By.tagName("h1"))).isEqualTo(NEW_TITLE);
        assertThat(eric.text(By.id("workflow-state"))).contains("Modified since publication");
        eric.requestPublication("The choir joins us", "");
        assertThat(eric.text(By.id("workflow-state"))).contains("Pending approval");
        eric.scrollTo(By.id("workflow-title"));
        eric.screenshot("workflow-eric-edit-pending");
        assertThat(publicTitle(NAME)).isEqualTo(TITLE);

        peter.tasks();
        WebElement task = peter.task(NAME);
        assertThat(cells(task, "title")).containsExactly(TITLE, NEW_TITLE);
        peter.screenshot("workflow-peter-tasks-edit");
        peter.decide(NAME, "Claim");
        peter.decide(NAME, "Approve");
        peter.waitUntilNoTask(NAME);

        assertThat(publicTitle(NAME)).isEqualTo(NEW_TITLE);
        peter.open("/events/" + NAME);
        assertThat(peter.text(By.cssSelector("h1"))).isEqualTo(NEW_TITLE);
        peter.screenshot("workflow-public-edited");
    }

    @Test
    @Order(4)
    void aRejectionNeedsACommentAndTheEditorSeesIt() throws Exception {
        site.clock().advance(Duration.ofMinutes(5));
        eric.open("/author/events/" + NAME);
        eric.type("f-title", REJECTED_TITLE);
        eric.save();
        eric.requestPublication("Monday suits the harbour master better", "");
        assertThat(eric.text(By.id("workflow-state"))).contains("Pending approval");

        peter.tasks();
        String id = peter.task(NAME).getDomAttribute("data-task");
        peter.decide(NAME, "Claim");

        // an empty comment: the browser does not send the form
        WebElement comment = peter.find(By.id("reject-" + id));
        assertThat(peter.text(By.cssSelector("label[for='reject-" + id + "']")))
                .isEqualTo("Why it is rejected (required)");
        peter.click(By.cssSelector("#task-" + id + " .author-task__reject button"));
        assertThat(comment.getDomProperty("validationMessage")).as("the browser's message").isNotBlank();
        assertThat(peter.script("return arguments[0].validity.valueMissing", comment)).isEqualTo(true);
        assertThat(peter.location()).isEqualTo(url("/author/tasks"));
        assertThat(peter.text(By.cssSelector("#task-" + id + " .author-task__status"))).isEqualTo("Claimed by peter");
        peter.screenshot("workflow-peter-reject-empty");

        // a comment of spaces gets past the browser: the server refuses it and says why
        comment.sendKeys("   ");
        peter.click(By.cssSelector("#task-" + id + " .author-task__reject button"));
        peter.waitUntil(ExpectedConditions.urlToBe(url("/author/tasks/" + id + "/reject")));
        assertThat(peter.text(By.id("task-problem")))
                .isEqualTo("Say why the request is rejected: the comment is required.");
        assertThat(peter.find(By.id("task-problem")).getDomAttribute("role")).isEqualTo("alert");
        assertThat(peter.text(By.cssSelector("#task-" + id + " .author-task__status"))).isEqualTo("Claimed by peter");
        peter.screenshot("workflow-peter-reject-refused");

        peter.find(By.id("reject-" + id)).sendKeys("The harbour is closed on Mondays");
        peter.decide(NAME, "Reject");
        peter.waitUntilNoTask(NAME);
        peter.screenshot("workflow-peter-rejected");
        assertThat(publicTitle(NAME)).isEqualTo(NEW_TITLE);

        eric.open("/author/events/" + NAME);
        assertThat(eric.text(By.id("workflow-rejection")))
                .isEqualTo("Publication rejected: The harbour is closed on Mondays");
        assertThat(eric.text(By.id("workflow-state"))).doesNotContain("Pending");
        assertThat(eric.find(By.cssSelector(".author-workflow__form button")).getText())
                .as("the editor may ask again").isEqualTo("Request publication");
        eric.scrollTo(By.id("workflow-title"));
        eric.screenshot("workflow-eric-rejected");
        eric.tasks();
        assertThat(eric.text(By.cssSelector(".author-tasks__mine [data-task='" + id + "']"))).contains(REJECTED_TITLE)
                .contains("Rejected").contains("The harbour is closed on Mondays");
        eric.screenshot("workflow-eric-tasks-rejected");
    }

    @Test
    @Order(5)
    void aScheduledPublicationWaitsForItsTime() throws Exception {
        eric.createEvent(SCHEDULED_TITLE, "2031-07-04", "UTC");
        LocalDateTime at = LocalDateTime.ofInstant(site.clock().instant().plus(Duration.ofHours(2)), ZoneOffset.UTC);
        String local = at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        eric.requestPublication("For the film club's newsletter", local);
        assertThat(eric.text(By.id("workflow-state"))).contains("Pending approval");

        peter.tasks();
        WebElement task = peter.task(SCHEDULED);
        assertThat(task.findElement(By.cssSelector(".author-task__meta")).getText())
                .contains("publish at " + local.replace('T', ' ') + " UTC");
        peter.decide(SCHEDULED, "Claim");
        peter.decide(SCHEDULED, "Approve");
        task = peter.task(SCHEDULED);
        assertThat(task.findElement(By.cssSelector(".author-task__status")).getText()).startsWith("Scheduled");
        assertThat(buttonsOf(task)).isEmpty();
        peter.screenshot("workflow-peter-tasks-scheduled");
        assertThat(publicStatus(SCHEDULED)).isEqualTo(404);

        eric.open("/author/events/" + SCHEDULED);
        assertThat(eric.text(By.id("workflow-state"))).contains("Scheduled");
        eric.scrollTo(By.id("workflow-title"));
        eric.screenshot("workflow-eric-scheduled");

        site.clock().advance(Duration.ofHours(3));
        assertThat(site.runtime().get(WorkflowService.class).runDue()).isEqualTo(1);
        assertThat(publicStatus(SCHEDULED)).isEqualTo(200);
        peter.open("/events/" + SCHEDULED);
        assertThat(peter.text(By.cssSelector("h1"))).isEqualTo(SCHEDULED_TITLE);
        peter.screenshot("workflow-public-scheduled");
        peter.tasks();
        peter.waitUntilNoTask(SCHEDULED);
    }

    @Test
    @Order(6)
    void aPublisherCannotDecideOnTheirOwnRequest() throws Exception {
        peter.createEvent(OWN_TITLE, "2031-08-01", "Europe/Paris");
        peter.requestPublication("My own event", "");
        assertThat(peter.text(By.id("workflow-state"))).contains("Pending approval");

        peter.tasks();
        WebElement task = peter.task(OWN);
        String id = task.getDomAttribute("data-task");
        assertThat(task.getText()).contains("Requested by peter");
        assertThat(buttonsOf(task)).as("no Claim nor Approve on one's own request").isEmpty();
        assertThat(task.findElements(By.cssSelector("form"))).isEmpty();
        peter.screenshot("workflow-peter-own-request");

        Map<String, Object> claim = peter.postFromPage("/author/tasks/" + id + "/claim", Map.of());
        assertThat(claim).containsEntry("status", 403L);
        assertThat((String) claim.get("body")).contains("Four eyes: you cannot decide on your own request.");
        assertThat(peter.postFromPage("/author/tasks/" + id + "/approve", Map.of())).containsEntry("status", 403L);
        // the same crafted form, submitted as a page
        peter.submitCraftedForm("/author/tasks/" + id + "/claim");
        assertThat(peter.text(By.id("task-problem"))).isEqualTo("Four eyes: you cannot decide on your own request.");
        peter.screenshot("workflow-peter-own-claim-refused");
        assertThat(peter.text(By.cssSelector("#task-" + id + " .author-task__status")))
                .isEqualTo("Waiting for a publisher");
        assertThat(publicStatus(OWN)).isEqualTo(404);
    }

    // --- helpers ---

    private static List<String> cells(WebElement task, String field) {
        return task.findElements(By.cssSelector(".author-task__diff [data-field='" + field + "'] td")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> buttonsOf(WebElement task) {
        return task.findElements(By.tagName("button")).stream().map(WebElement::getText).toList();
    }

    private static int publicStatus(String name) throws Exception {
        return publicPage(name).statusCode();
    }

    private static String publicTitle(String name) throws Exception {
        HttpResponse<String> page = publicPage(name);
        assertThat(page.statusCode()).isEqualTo(200);
        return org.jsoup.Jsoup.parse(page.body()).select("h1").text();
    }

    private static HttpResponse<String> publicPage(String name) throws Exception {
        return visitor.send(HttpRequest.newBuilder(URI.create(url("/events/" + name))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** One person at their own browser, logged in under their own session. */
    private static final class Person implements AutoCloseable {

        private final String name;
        private final Browser browser;
        /** Like the browser's own waits, polling often: the pages answer in milliseconds. */
        private final WebDriverWait wait;

        Person(String name, Browser browser) {
            this.name = name;
            this.browser = browser;
            this.wait = new WebDriverWait(browser.driver(), Browser.WAIT, Duration.ofMillis(25));
        }

        void logIn() {
            open("/author/login");
            find(By.id("username")).sendKeys(name);
            find(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
            waitUntil(ExpectedConditions.urlToBe(url("/author/events")));
            assertThat(text(By.cssSelector(".author__user"))).isEqualTo(name);
        }

        /** Fills the new-event form with a title and an all-day start in a zone, and saves. */
        void createEvent(String title, String day, String zone) {
            nav("New event");
            waitUntil(ExpectedConditions.urlToBe(url("/author/events/new")));
            waitForRichText();
            type("f-title", title);
            setValue("f-startDate", day);
            WebElement allDay = find(By.id("f-allDay"));
            if (!allDay.isSelected()) {
                click(By.id("f-allDay"));
            }
            new Select(find(By.id("f-timeZone"))).selectByValue(zone);
            screenshot("workflow-" + name + "-new-" + title.toLowerCase().replaceAll("[^a-z]+", "-"));
            save();
            waitUntil(ExpectedConditions.urlMatches("/author/events/[a-z0-9-]+\\?saved=1$"));
            assertThat(text(By.tagName("h1"))).isEqualTo(title);
            assertThat(find(By.id("f-allDay")).isSelected()).isTrue();
            // the select's value: Select.getFirstSelectedOption() asks each of the ~490 zones in turn
            assertThat(find(By.id("f-timeZone")).getDomProperty("value")).isEqualTo(zone);
        }

        void save() {
            submit(By.cssSelector(".author-editor__actions button[type=submit]"));
            assertThat(location()).contains("?saved=1");
            assertThat(browser.driver().findElements(By.id("error-summary"))).isEmpty();
            waitForRichText();
        }

        /** Fills the editor's Publication section and sends it; {@code publishAt} is a datetime-local value. */
        void requestPublication(String comment, String publishAt) {
            WebElement box = find(By.id("wf-comment"));
            scrollTo(By.id("wf-comment"));
            box.sendKeys(comment);
            if (!publishAt.isEmpty()) {
                setValue("wf-publishAt", publishAt);
            }
            screenshot("workflow-" + name + "-request-" + location().replaceAll(".*/events/([a-z0-9-]+).*", "$1"));
            submit(By.xpath("//form[contains(@class,'author-workflow__form')]//button[normalize-space()="
                    + "'Request publication']"));
            assertThat(location()).endsWith("?requested=1");
            waitForRichText();
        }

        void tasks() {
            nav("Tasks");
            waitUntil(ExpectedConditions.urlToBe(url("/author/tasks")));
            assertThat(text(By.tagName("h1"))).isEqualTo("Tasks");
        }

        /** Follows a link of the author header, from the public site through the events browser. */
        void nav(String link) {
            if (!location().startsWith(url("/author/"))) {
                open("/author/events");
            }
            find(By.cssSelector(".author__nav")).findElement(By.linkText(link)).click();
        }

        WebElement task(String event) {
            return find(By.cssSelector("article[data-event='" + event + "']"));
        }

        /** Clicks a task's button and waits for the Tasks page it leads back to. */
        void decide(String event, String button) {
            submit(By.cssSelector("article[data-event='" + event + "']"),
                    By.xpath(".//button[normalize-space()='" + button + "']"));
            assertThat(location()).as("after %s", button).isEqualTo(url("/author/tasks"));
        }

        /** Clicks a submit button (inside a container, when given) and waits for the next page to load. */
        void submit(By... path) {
            WebElement button = find(path[0]);
            for (int i = 1; i < path.length; i++) {
                button = button.findElement(path[i]);
            }
            String page = (String) script("return document.documentElement.dataset.page = String(Math.random())");
            script("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            waitUntil(d -> !page.equals(script("return document.documentElement.dataset.page || ''"))
                    && "complete".equals(script("return document.readyState")));
        }

        void waitUntilNoTask(String event) {
            waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article[data-event='" + event + "']"),
                    0));
        }

        /** Neither the page nor its forms let this user approve, publish, claim or reject. */
        void assertNoDecidingButton() {
            List<String> buttons = browser.driver().findElements(By.cssSelector("button, input[type=submit]"))
                    .stream().map(b -> b.getText() + " " + b.getDomAttribute("value")).toList();
            assertThat(buttons).isNotEmpty().noneMatch(b -> b.matches(DECIDING));
            assertThat(browser.driver().findElements(By.cssSelector("form[action*='/tasks/']"))).isEmpty();
        }

        /**
         * POSTs a form from the page's own context with its {@code _csrf}, as a crafted form would.
         *
         * @return {@code status} and {@code body} of the answer
         */
        @SuppressWarnings("unchecked")
        Map<String, Object> postFromPage(String path, Map<String, String> fields) {
            return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " const body = new URLSearchParams(arguments[1]);"
                            + " body.set('_csrf', document.querySelector('input[name=_csrf]').value);"
                            + " fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'})"
                            + ".then(r => r.text().then(t => done({status: r.status, body: t})))"
                            + ".catch(e => done({status: -1, body: String(e)}));", path, fields);
        }

        /** Adds a form posting to a path with the page's {@code _csrf} and submits it; waits for the answer. */
        void submitCraftedForm(String path) {
            script("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                    + " const t = document.createElement('input'); t.type = 'hidden'; t.name = '_csrf';"
                    + " t.value = document.querySelector('input[name=_csrf]').value; f.appendChild(t);"
                    + " const b = document.createElement('button'); b.id = 'crafted'; b.textContent = 'Crafted';"
                    + " f.appendChild(b); document.body.prepend(f);", path);
            submit(By.id("crafted"));
            assertThat(location()).isEqualTo(url(path));
        }

        void open(String path) {
            browser.driver().get(url(path));
            waitUntil(d -> "complete".equals(script("return document.readyState")));
        }

        String location() {
            return browser.driver().getCurrentUrl();
        }

        WebElement find(By by) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        }

        String text(By by) {
            return find(by).getText();
        }

        void click(By by) {
            WebElement element = find(by);
            script("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
        }

        void scrollTo(By by) {
            script("arguments[0].scrollIntoView({block: 'start'})", find(by));
        }

        void type(String id, String text) {
            WebElement input = find(By.id(id));
            script("arguments[0].scrollIntoView({block: 'center'})", input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
        }

        /** Date inputs take keys in the locale's order; their value is set and announced instead. */
        void setValue(String id, String value) {
            script("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                    + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
            assertThat(find(By.id(id)).getDomProperty("value")).isEqualTo(value);
        }

        void waitForRichText() {
            waitUntil(d -> Boolean.TRUE.equals(script("return !!window.tinymce"
                    + " && tinymce.get().length === document.querySelectorAll('textarea[data-richtext]').length"
                    + " && tinymce.get().every(e => e.initialized)")));
        }

        <T> T waitUntil(ExpectedCondition<T> condition) {
            return wait.until(condition);
        }

        Object script(String javaScript, Object... args) {
            return browser.script(javaScript, args);
        }

        void screenshot(String file) {
            browser.screenshot(file);
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
