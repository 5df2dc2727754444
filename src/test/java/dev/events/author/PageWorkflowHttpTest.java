package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.publish.Task;
import dev.events.publish.WorkflowService;
import dev.events.testing.VisibleText;

/**
 * Pages go through the approval workflow of events: an editor requests, a publisher claims and approves, and the
 * page reaches the public site with its areas and components, never its subpages; unpublication takes it (and its
 * subpages) off.
 */
class PageWorkflowHttpTest {

    private static PagesFixture pages;
    private static PagesFixture.Author eric;
    private static PagesFixture.Author peter;

    @BeforeAll
    static void start() throws Exception {
        pages = new PagesFixture();
        eric = pages.logIn("eric");
        peter = pages.logIn("peter");
    }

    @AfterAll
    static void stop() throws Exception {
        pages.close();
    }

    @Test
    void anApprovedPagePublishesWithItsComponentsAndTheirConfiguration() throws Exception {
        pages.addPage(eric, "/", "approved", "Approved page", PagesFixture.BOARD);
        addPick("/approved", "7");
        HttpResponse<String> requested = eric.post("/author/pages/approved/request-publication",
                Map.of("comment", "Ready"));
        assertThat(requested.statusCode()).isEqualTo(303);
        assertThat(requested.headers().firstValue("Location")).hasValue("/author/pages/approved?requested=1");
        assertThat(eric.page("/author/pages/approved").select("#page-workflow").text()).isEqualTo("Pending approval");
        assertThat(pages.site.get("/approved").status()).isEqualTo(404);

        Document inbox = peter.page("/author/tasks");
        assertThat(inbox.select("article[data-page=/approved] a").attr("href")).isEqualTo("/author/pages/approved");
        assertThat(inbox.select("article[data-page=/approved]").text()).contains("Approved page").contains("Ready");
        approve("/approved");

        Document live = Jsoup.parse(pages.site.get("/approved").text());
        assertThat(live.select("h1").text()).isEqualTo("Approved page");
        assertThat(live.select(".pick").attr("data-count")).isEqualTo("7");
        Document editor = eric.page("/author/pages/approved");
        assertThat(editor.select("#page-publication").text()).isEqualTo("Published");
        assertThat(editor.select("#page-workflow")).isEmpty();
        assertThat(editor.select(".page-editor__history").text()).contains("request-publication")
                .contains("approve").contains("publish");
    }

    @Test
    void aPagePublishesWithoutItsSubpagesWhichKeepTheirOwnPublication() throws Exception {
        pages.addPage(eric, "/", "parent", "Parent", PagesFixture.BOARD);
        pages.addPage(eric, "/parent", "child", "Child", PagesFixture.BOARD);
        request("/parent");
        approve("/parent");
        assertThat(pages.site.get("/parent").status()).isEqualTo(200);
        assertThat(pages.site.get("/parent/child").status()).as("not requested").isEqualTo(404);

        request("/parent/child");
        approve("/parent/child");
        assertThat(pages.site.get("/parent/child").status()).isEqualTo(200);

        addPick("/parent", "2");
        request("/parent");
        approve("/parent");
        assertThat(Jsoup.parse(pages.site.get("/parent").text()).select(".pick").attr("data-count")).isEqualTo("2");
        assertThat(pages.site.get("/parent/child").status()).as("republishing the parent keeps the child")
                .isEqualTo(200);
    }

    @Test
    void aSubpageWaitsForItsParentToBePublished() throws Exception {
        pages.addPage(eric, "/", "unpublished-parent", "Parent", PagesFixture.BOARD);
        pages.addPage(eric, "/unpublished-parent", "early", "Early", PagesFixture.BOARD);
        request("/unpublished-parent/early");
        String task = taskOf("/unpublished-parent/early");
        peter.post("/author/tasks/" + task + "/claim", Map.of());
        HttpResponse<String> refused = peter.post("/author/tasks/" + task + "/approve", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("#task-problem").text())
                .contains("parent page /unpublished-parent is not published");
        assertThat(pages.site.get("/unpublished-parent/early").status()).isEqualTo(404);
    }

    @Test
    void aPageChangedAfterItsRequestIsNotApproved() throws Exception {
        pages.addPage(eric, "/", "changed", "Changed", PagesFixture.BOARD);
        request("/changed");
        pages.site.clock().advance(java.time.Duration.ofMinutes(1));
        addPick("/changed", "4");
        String task = taskOf("/changed");
        peter.post("/author/tasks/" + task + "/claim", Map.of());
        HttpResponse<String> refused = peter.post("/author/tasks/" + task + "/approve", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The page changed after the request");
        assertThat(eric.page("/author/pages/changed").select("#workflow-rejection").text())
                .contains("changed after the request");
        assertThat(pages.site.get("/changed").status()).isEqualTo(404);
    }

    @Test
    void anApprovedUnpublicationTakesThePageAndItsSubpagesOff() throws Exception {
        pages.addPage(eric, "/", "going", "Going", PagesFixture.BOARD);
        pages.addPage(eric, "/going", "along", "Along", PagesFixture.BOARD);
        request("/going");
        approve("/going");
        request("/going/along");
        approve("/going/along");
        HttpResponse<String> asked = eric.post("/author/pages/going/request-unpublication", Map.of("comment", "Old"));
        assertThat(asked.statusCode()).isEqualTo(303);
        approve("/going");
        assertThat(pages.site.get("/going").status()).isEqualTo(404);
        assertThat(pages.site.get("/going/along").status()).isEqualTo(404);
        Document tree = eric.page("/author/pages");
        assertThat(tree.select("[data-page=/going] > .author-pages__row .author-status").text())
                .isEqualTo("Not published");
        assertThat(tree.select("[data-page=/going/along] .author-status").text()).isEqualTo("Not published");
        assertThat(eric.post("/author/pages/going/delete", Map.of()).statusCode()).as("now deletable")
                .isEqualTo(303);
    }

    @Test
    void aRenamedPageMovesOnThePublicSiteWhenRepublished() throws Exception {
        pages.addPage(eric, "/", "old-name", "Renamed", PagesFixture.BOARD);
        request("/old-name");
        approve("/old-name");
        eric.post("/author/pages/old-name/rename", Map.of("name", "new-name"));
        assertThat(pages.site.get("/old-name").status()).as("live until approved").isEqualTo(200);
        request("/new-name");
        approve("/new-name");
        assertThat(pages.site.get("/old-name").status()).isEqualTo(404);
        assertThat(pages.site.get("/new-name").status()).isEqualTo(200);
    }

    @Test
    void anEventListOnAPublishedPageShowsPublishedEventsOnly() throws Exception {
        pages.site.importEvents("/publish/draft-event.json", false);
        pages.addPage(eric, "/", "listed", "Listed", PagesFixture.BOARD);
        eric.post("/author/pages/listed/areas/main/add", Map.of("template", PagesFixture.EVENT_LIST));
        PagesFixture.saveDialog(eric, "/author/pages/listed/areas/main/components/0",
                Map.of("sortOrder", "published", "maxItems", "50"));
        request("/listed");
        approve("/listed");
        String live = VisibleText.of(pages.site.get("/listed").text());
        assertThat(Jsoup.parse(pages.site.get("/listed").text()).select(".events-list__item")).hasSize(10);
        assertThat(live).contains("Expert’s visit to Hamamatsu").doesNotContain("Draft event");
    }

    @Test
    void tasksStoredBeforePagesHadWorkflowStillReadAsEventTasks() throws Exception {
        Session tasks = pages.site.repositories().author().login(Workspaces.TASKS);
        try {
            Node root = tasks.getRootNode().hasNode("requests") ? tasks.getNode("/requests")
                    : tasks.getRootNode().addNode("requests", NodeTypes.FOLDER);
            Node old = root.addNode("0123456789abcdef", NodeTypes.CONTENT);
            old.setProperty("type", "publish");
            old.setProperty("eventId", "00000000-0000-0000-0000-000000000001");
            old.setProperty("eventName", "an-old-event");
            old.setProperty("eventTitle", "An old event");
            old.setProperty("requestedBy", "someone");
            old.setProperty("requestedAt", Calendar.getInstance());
            old.setProperty("status", "open");
            tasks.save();
        } finally {
            tasks.logout();
        }
        List<Task> inbox = pages.site.runtime().get(WorkflowService.class).inbox();
        Task old = inbox.stream().filter(t -> t.id().equals("0123456789abcdef")).findFirst().orElseThrow();
        assertThat(old.workspace()).isEqualTo(Workspaces.EVENTS);
        assertThat(old.isPage()).isFalse();
        assertThat(old.itemName()).isEqualTo("an-old-event");
        assertThat(old.itemTitle()).isEqualTo("An old event");
        assertThat(old.itemId()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(peter.page("/author/tasks").select("article[data-event=an-old-event] a").attr("href"))
                .isEqualTo("/author/events/an-old-event");
    }

    private static void request(String path) throws Exception {
        assertThat(eric.post("/author/pages" + path + "/request-publication", Map.of()).statusCode())
                .as("request of " + path).isEqualTo(303);
    }

    private static void approve(String path) throws Exception {
        String task = taskOf(path);
        assertThat(peter.post("/author/tasks/" + task + "/claim", Map.of()).statusCode()).isEqualTo(303);
        assertThat(peter.post("/author/tasks/" + task + "/approve", Map.of()).statusCode()).as("approval of " + path)
                .isEqualTo(303);
    }

    private static String taskOf(String path) throws Exception {
        return peter.page("/author/tasks").select("article[data-page=" + path + "]").attr("data-task");
    }

    private static void addPick(String page, String count) throws Exception {
        eric.post("/author/pages" + page + "/areas/main/add", Map.of("template", PagesFixture.PICK));
        String last = pages.authorChildren(page + "/main").get(pages.authorChildren(page + "/main").size() - 1);
        eric.post("/author/pages" + page + "/areas/main/components/" + last, Map.of("count", count));
    }
}
