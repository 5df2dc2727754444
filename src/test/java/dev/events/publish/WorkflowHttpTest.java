package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.TestSite;
import dev.events.testing.VisibleText;

/** The approval workflow end to end over HTTP: eric requests, peter decides, the public site follows. */
class WorkflowHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static TestSite site;
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        users.add("peter", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
        users.add("paula", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
        users.add("ada", Set.of(Role.ADMIN), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        site.close();
    }

    @Test
    void anEventReachesThePublicSiteOnlyAfterAPublisherApproves() throws Exception {
        Author eric = author("eric");
        eric.create("Approved event");
        eric.request("approved-event", Map.of("comment", "Please publish"));
        assertThat(Jsoup.parse(eric.client.get("/author/events/approved-event").body()).select("#workflow-state").text())
                .contains("Pending approval");
        assertThat(site.get("/events/approved-event").status()).isEqualTo(404);
        Author peter = author("peter");
        Document inbox = Jsoup.parse(peter.client.get("/author/tasks").body());
        String task = inbox.select("[data-event=approved-event]").attr("data-task");
        org.jsoup.select.Elements title = inbox.select("#task-" + task + " [data-field=title] td");
        assertThat(title).hasSize(2);
        assertThat(title.get(0).text()).isEmpty();
        assertThat(title.get(1).text()).isEqualTo("Approved event");
        assertThat(peter.decide(task, "claim").statusCode()).isEqualTo(303);
        assertThat(peter.decide(task, "approve").statusCode()).isEqualTo(303);
        assertThat(VisibleText.of(site.get("/events/approved-event").text())).contains("Approved event");
        assertThat(eric.client.get("/author/events/approved-event").body()).contains("author-status--published");
    }

    @Test
    void editorsCannotDecideAndRequestersCannotDecideTheirOwnRequests() throws Exception {
        Author eric = author("eric");
        eric.create("Four eyes");
        eric.request("four-eyes", Map.of());
        String task = taskOf(author("peter"), "four-eyes");
        assertThat(eric.decide(task, "claim").statusCode()).isEqualTo(403);
        assertThat(eric.decide(task, "approve").statusCode()).isEqualTo(403);
        assertThat(eric.decide(task, "reject").statusCode()).isEqualTo(403);
        Author peter = author("peter");
        peter.create("Own request");
        peter.request("own-request", Map.of());
        String own = taskOf(author("paula"), "own-request");
        HttpResponse<String> refused = peter.decide(own, "claim");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("you cannot decide on your own request");
        assertThat(site.get("/events/own-request").status()).isEqualTo(404);
    }

    @Test
    void aRejectionNeedsACommentWhichTheEditorSees() throws Exception {
        Author eric = author("eric");
        eric.create("Rejected event");
        eric.request("rejected-event", Map.of());
        Author peter = author("peter");
        String task = taskOf(peter, "rejected-event");
        peter.decide(task, "claim");
        assertThat(peter.decide(task, "reject", Map.of("comment", "")).statusCode()).isEqualTo(422);
        assertThat(peter.decide(task, "reject", Map.of("comment", "The date is wrong")).statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(eric.client.get("/author/events/rejected-event").body()).select("#workflow-rejection")
                .text()).isEqualTo("Publication rejected: The date is wrong");
        assertThat(Jsoup.parse(eric.client.get("/author/tasks").body()).select(".author-tasks__mine [data-task=" + task
                + "]").text()).contains("Rejected").contains("The date is wrong");
        assertThat(site.get("/events/rejected-event").status()).isEqualTo(404);
    }

    @Test
    void anEditOfALiveEventStaysInvisibleUntilApproved() throws Exception {
        Author eric = author("eric");
        eric.create("Live event");
        publish(eric, "live-event");
        eric.save("live-event", "Live event, corrected");
        assertThat(VisibleText.of(site.get("/events/live-event").text())).contains("Live event")
                .doesNotContain("corrected");
        publish(eric, "live-event");
        assertThat(VisibleText.of(site.get("/events/live-event").text())).contains("Live event, corrected");
    }

    @Test
    void anEditAfterTheRequestMakesTheApprovalFailRatherThanPublishAnotherState() throws Exception {
        Author eric = author("eric");
        eric.create("Changed after request");
        eric.request("changed-after-request", Map.of());
        site.clock().advance(Duration.ofMinutes(1));
        eric.save("changed-after-request", "Changed after request, unreviewed");
        Author peter = author("peter");
        String task = taskOf(peter, "changed-after-request");
        peter.decide(task, "claim");
        HttpResponse<String> refused = peter.decide(task, "approve");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("changed after the request");
        assertThat(site.get("/events/changed-after-request").status()).isEqualTo(404);
        assertThat(Jsoup.parse(eric.client.get("/author/events/changed-after-request").body())
                .select("#workflow-rejection").text()).contains("changed after the request");
        eric.request("changed-after-request", Map.of());
        approve(taskOf(author("peter"), "changed-after-request"));
        assertThat(VisibleText.of(site.get("/events/changed-after-request").text())).contains("unreviewed");
    }

    @Test
    void aScheduledPublicationHappensWhenItsTimeComes() throws Exception {
        Author eric = author("eric");
        eric.create("Scheduled event");
        String at = site.clock().instant().plus(Duration.ofHours(2)).toString();
        eric.request("scheduled-event", Map.of("publishAt", at));
        Author peter = author("peter");
        String task = taskOf(peter, "scheduled-event");
        peter.decide(task, "claim");
        peter.decide(task, "approve");
        assertThat(site.get("/events/scheduled-event").status()).isEqualTo(404);
        assertThat(Jsoup.parse(peter.client.get("/author/tasks").body()).select("#task-" + task).text())
                .contains("Scheduled");
        site.runtime().get(WorkflowService.class).runDue();
        assertThat(site.get("/events/scheduled-event").status()).isEqualTo(404);
        site.clock().advance(Duration.ofHours(3));
        assertThat(site.runtime().get(WorkflowService.class).runDue()).isEqualTo(1);
        assertThat(site.get("/events/scheduled-event").status()).isEqualTo(200);
    }

    @Test
    void twoApprovalsOfOneTaskAtOnceGiveOnePublicationAndOneAlreadyHandled() throws Exception {
        Author eric = author("eric");
        eric.create("Raced event");
        eric.request("raced-event", Map.of());
        Author peter = author("peter");
        Author peterAgain = author("peter");
        String task = taskOf(peter, "raced-event");
        peter.decide(task, "claim");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> both = List.of(() -> peter.decide(task, "approve").statusCode(),
                () -> peterAgain.decide(task, "approve").statusCode());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(both)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(303, 409);
        long publications = site.runtime().get(WorkflowService.class).audit(e -> e.eventName().equals("raced-event")
                && e.action().equals("publish")).size();
        assertThat(publications).isEqualTo(1);
    }

    @Test
    void unpublicationRemovesTheEventAfterApproval() throws Exception {
        Author eric = author("eric");
        eric.create("Unpublished later");
        publish(eric, "unpublished-later");
        assertThat(eric.client.postMultipart("/author/events/unpublished-later/request-unpublication",
                Map.of("_csrf", eric.csrf, "comment", "Cancelled"), Map.of()).statusCode()).isEqualTo(303);
        approve(taskOf(author("peter"), "unpublished-later"));
        assertThat(site.get("/events/unpublished-later").status()).isEqualTo(404);
    }

    @Test
    void theAuditTrailIsACsvForAdministratorsOnly() throws Exception {
        Author eric = author("eric");
        eric.create("Audited event");
        publish(eric, "audited-event");
        HttpResponse<String> csv = author("ada").client.get("/author/audit.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("time,user,action,event,event id,version,comment")
                .contains("\"eric\",\"request-publication\",\"audited-event\"")
                .contains("\"peter\",\"approve\",\"audited-event\"").contains("\"peter\",\"publish\",\"audited-event\"");
        assertThat(author("peter").client.get("/author/audit.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void publicationPublishesTheImageTheEventUses() throws Exception {
        Author eric = author("eric");
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        assertThat(eric.client.postMultipart("/author/events/new", eric.form("With a picture", ""),
                Map.of("image.upload", Map.entry("picture.png", png.toByteArray()))).statusCode()).isEqualTo(303);
        String key = Jsoup.parse(eric.client.get("/author/events/with-a-picture").body()).select("input[name=image]")
                .val();
        AuthorClient visitor = new AuthorClient(server.port());
        assertThat(visitor.getBytes("/dam/" + key).statusCode()).isEqualTo(404);
        publish(eric, "with-a-picture");
        assertThat(Jsoup.parse(site.get("/events/with-a-picture").text()).select("img.events-detail__image")
                .attr("src")).isEqualTo("/dam/" + key);
        HttpResponse<byte[]> image = visitor.getBytes("/dam/" + key);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isEqualTo(png.toByteArray());
    }

    @Test
    void anEventWithAnOpenRequestCannotBePurged() throws Exception {
        Author eric = author("eric");
        eric.create("Purged too early");
        eric.request("purged-too-early", Map.of());
        assertThat(eric.client.post("/author/events/purged-too-early/delete", Map.of("_csrf", eric.csrf))
                .statusCode()).isEqualTo(303);
        HttpResponse<String> refused = eric.client.post("/author/trash/purged-too-early/purge",
                Map.of("_csrf", eric.csrf));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("request for this event is still open");
        assertThat(author("peter").client.get("/author/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void restoringAVersionIsInTheAuditTrail() throws Exception {
        Author eric = author("eric");
        eric.create("Restored event");
        eric.save("restored-event", "Restored event, second");
        Document editor = Jsoup.parse(eric.client.get("/author/events/restored-event").body());
        String older = editor.select(".author-history__version").get(1).attr("data-version");
        assertThat(eric.client.post("/author/events/restored-event/restore", Map.of("_csrf", eric.csrf,
                "version", older)).statusCode()).isEqualTo(303);
        assertThat(site.runtime().get(WorkflowService.class).audit(e -> e.eventName().equals("restored-event"))
                .stream().map(AuditEntry::action)).containsExactly("restore");
        assertThat(Jsoup.parse(eric.client.get("/author/events/restored-event").body())
                .select(".author-workflow__entry").text()).contains("restore");
    }

    @Test
    void restoringAVersionKeepsTheEventsPlaceInTheWorkflow() throws Exception {
        Author eric = author("eric");
        eric.create("Pending restore");
        eric.save("pending-restore", "Pending restore, second");
        eric.request("pending-restore", Map.of());
        String older = Jsoup.parse(eric.client.get("/author/events/pending-restore").body())
                .select(".author-history__version").get(1).attr("data-version");
        eric.client.post("/author/events/pending-restore/restore", Map.of("_csrf", eric.csrf, "version", older));
        assertThat(Jsoup.parse(eric.client.get("/author/events/pending-restore").body()).select("#workflow-state")
                .text()).contains("Pending approval");
    }

    private static void publish(Author editor, String name) throws Exception {
        editor.request(name, Map.of());
        approve(taskOf(author("peter"), name));
    }

    private static void approve(String task) throws Exception {
        Author peter = author("peter");
        assertThat(peter.decide(task, "claim").statusCode()).isEqualTo(303);
        assertThat(peter.decide(task, "approve").statusCode()).isEqualTo(303);
    }

    private static String taskOf(Author publisher, String event) throws Exception {
        return Jsoup.parse(publisher.client.get("/author/tasks").body()).select("article[data-event=" + event + "]")
                .attr("data-task");
    }

    private static Author author(String name) throws Exception {
        AuthorClient client = new AuthorClient(server.port());
        return new Author(client, client.logIn(name, PASSWORD));
    }

    /** A logged-in user and their CSRF token. */
    private record Author(AuthorClient client, String csrf) {

        void create(String title) throws Exception {
            assertThat(client.postMultipart("/author/events/new", form(title, ""), Map.of()).statusCode())
                    .isEqualTo(303);
        }

        void save(String name, String title) throws Exception {
            String stamp = Jsoup.parse(client.get("/author/events/" + name).body()).select("input[name=_modified]")
                    .val();
            assertThat(client.postMultipart("/author/events/" + name, form(title, stamp), Map.of()).statusCode())
                    .isEqualTo(303);
        }

        void request(String name, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf);
            assertThat(client.postMultipart("/author/events/" + name + "/request-publication", form, Map.of())
                    .statusCode()).isEqualTo(303);
        }

        HttpResponse<String> decide(String task, String action) throws Exception {
            return decide(task, action, Map.of());
        }

        HttpResponse<String> decide(String task, String action, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf);
            return client.post("/author/tasks/" + task + "/" + action, form);
        }

        Map<String, String> form(String title, String stamp) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", csrf);
            form.put("_modified", stamp);
            form.put("title", title);
            form.put("startDate", "2031-06-01");
            form.put("allDay", "true");
            form.put("timeZone", "Europe/Paris");
            form.put("city", "Strasbourg");
            form.put("country", "FR");
            return form;
        }
    }
}
