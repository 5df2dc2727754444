package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.TestSite;

/** The editor over HTTP: refused saves write nothing, saves version, conflicts are refused, files upload. */
class EventEditorHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static TestSite site;
    private static WebServer server;
    private AuthorClient eric;
    private String csrf;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        users.add("anna", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        site.close();
    }

    @BeforeEach
    void logIn() throws Exception {
        eric = new AuthorClient(server.port());
        csrf = eric.logIn("eric", PASSWORD);
    }

    @Test
    void anInvalidEventIsRefusedWith422AndMessagesBesideItsFieldsAndNothingIsStored() throws Exception {
        int before = count();
        Map<String, String> form = valid("Open day");
        form.put("title", "");
        form.put("endDate", "2031-05-01");
        form.put("startDate", "2031-05-02");
        form.put("links.0.label", "Map");
        form.put("links.0.href", "javascript:alert(1)");
        HttpResponse<String> response = eric.postMultipart("/author/events/new", form, Map.of());
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#f-title ~ .author-field__error, .author-field--invalid #f-title")).isNotEmpty();
        assertThat(errorOf(page, "title")).isEqualTo("required");
        assertThat(errorOf(page, "links-0-href")).contains("must be a path on this site");
        assertThat(page.select("#error-summary li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select("#f-city").val()).isEqualTo("Strasbourg");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTimeOnAnAllDayEventIsRefused() throws Exception {
        Map<String, String> form = valid("All day with a time");
        form.put("allDay", "true");
        HttpResponse<String> response = eric.postMultipart("/author/events/new", form, Map.of());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errorOf(Jsoup.parse(response.body()), "startDate"))
                .isEqualTo("an all-day event takes dates without times");
    }

    @Test
    void aValidEventIsSavedAndListedOnAuthorButNotPublic() throws Exception {
        HttpResponse<String> response = eric.postMultipart("/author/events/new", valid("Open day at the Palais"),
                Map.of());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/author/events/open-day-at-the-palais?saved=1");
        Document editor = Jsoup.parse(eric.get("/author/events/open-day-at-the-palais").body());
        assertThat(editor.select("#f-title").val()).isEqualTo("Open day at the Palais");
        assertThat(editor.select("#f-title_fr").val()).isEqualTo("Journée portes ouvertes");
        assertThat(editor.select("#f-startDate-time").val()).isEqualTo("10:00");
        assertThat(editor.select("#f-timeZone option[selected]").val()).isEqualTo("Europe/Paris");
        assertThat(editor.select("input[name=categories]").eachAttr("value")).contains("open-day", "visit");
        assertThat(editor.select("#f-links-0-label_fr").val()).isEqualTo("Programme détaillé");
        assertThat(editor.select("textarea[name=body]").text()).contains("Welcome").doesNotContain("script");
        assertThat(Jsoup.parse(eric.get("/author/events?q=Palais").body()).select(".author-table__row")
                .eachAttr("data-name")).contains("open-day-at-the-palais");
        assertThat(site.get("/events/open-day-at-the-palais").status()).isEqualTo(404);
    }

    @Test
    void namesComeFromTitlesOnceAndStayWhenTheTitleChanges() throws Exception {
        eric.postMultipart("/author/events/new", valid("Naming check"), Map.of());
        HttpResponse<String> second = eric.postMultipart("/author/events/new", valid("Naming check"), Map.of());
        assertThat(second.headers().firstValue("Location")).hasValue("/author/events/naming-check-2?saved=1");
        Map<String, String> renamed = valid("A completely new title");
        renamed.put("_modified", stamp("naming-check"));
        assertThat(eric.postMultipart("/author/events/naming-check", renamed, Map.of()).statusCode()).isEqualTo(303);
        assertThat(eric.get("/author/events/naming-check").body()).contains("A completely new title");
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedNamingTheFirstAuthor() throws Exception {
        eric.postMultipart("/author/events/new", valid("Concurrent edit"), Map.of());
        AuthorClient anna = new AuthorClient(server.port());
        String annaCsrf = anna.logIn("anna", PASSWORD);
        String seen = stamp("concurrent-edit");
        site.clock().advance(java.time.Duration.ofMinutes(3));
        Map<String, String> annas = valid("Concurrent edit by Anna");
        annas.put("_csrf", annaCsrf);
        annas.put("_modified", seen);
        assertThat(anna.postMultipart("/author/events/concurrent-edit", annas, Map.of()).statusCode()).isEqualTo(303);
        Map<String, String> erics = valid("Concurrent edit by Eric");
        erics.put("_modified", seen);
        HttpResponse<String> refused = eric.postMultipart("/author/events/concurrent-edit", erics, Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("#error-summary").text())
                .contains("Changed by anna at").contains("reload to see their change");
        assertThat(Jsoup.parse(refused.body()).select("#f-title").val()).isEqualTo("Concurrent edit by Eric");
        assertThat(eric.get("/author/events/concurrent-edit").body()).contains("Concurrent edit by Anna");
    }

    @Test
    void everySaveIsAVersionThatCanBeRestored() throws Exception {
        eric.postMultipart("/author/events/new", valid("Versioned event"), Map.of());
        Map<String, String> second = valid("Versioned event, second title");
        second.put("_modified", stamp("versioned-event"));
        eric.postMultipart("/author/events/versioned-event", second, Map.of());
        Document editor = Jsoup.parse(eric.get("/author/events/versioned-event").body());
        assertThat(editor.select(".author-history__version")).hasSize(2);
        String older = editor.select(".author-history__version").get(1).attr("data-version");
        HttpResponse<String> restored = eric.post("/author/events/versioned-event/restore",
                Map.of("_csrf", csrf, "version", older));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(eric.get("/author/events/versioned-event").body()).select("#f-title").val())
                .isEqualTo("Versioned event");
    }

    @Test
    void deletedEventsGoToTheTrashAndComeBack() throws Exception {
        eric.postMultipart("/author/events/new", valid("Trash me"), Map.of());
        assertThat(eric.post("/author/events/trash-me/delete", Map.of("_csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(eric.get("/author/events?q=Trash").body()).doesNotContain("data-name=\"trash-me\"");
        assertThat(Jsoup.parse(eric.get("/author/trash").body()).select(".author-trash__row").eachAttr("data-name"))
                .contains("trash-me");
        assertThat(eric.post("/author/trash/trash-me/restore", Map.of("_csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(eric.get("/author/events?q=Trash").body()).contains("data-name=\"trash-me\"");
        eric.post("/author/events/trash-me/delete", Map.of("_csrf", csrf));
        assertThat(eric.post("/author/trash/trash-me/purge", Map.of("_csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(eric.get("/author/trash").body()).doesNotContain("data-name=\"trash-me\"");
        assertThat(eric.get("/author/events/trash-me").statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadedImageIsStoredInTheDamAndLinkedFromTheEvent() throws Exception {
        HttpResponse<String> response = eric.postMultipart("/author/events/new", valid("With image"),
                Map.of("image.upload", Map.entry("photo.png", png())));
        assertThat(response.statusCode()).isEqualTo(303);
        String key = Jsoup.parse(eric.get("/author/events/with-image").body()).select("input[name=image]").val();
        assertThat(key).startsWith("jcr:");
        HttpResponse<byte[]> file = eric.getBytes("/author/dam/" + key);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.body()).isEqualTo(png());
        assertThat(new AuthorClient(server.port()).get("/author/dam/" + key).statusCode()).isEqualTo(303);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndNothingIsStored() throws Exception {
        int before = count();
        HttpResponse<String> response = eric.postMultipart("/author/events/new", valid("With fake image"),
                Map.of("image.upload", Map.entry("photo.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errorOf(Jsoup.parse(response.body()), "image")).contains("type not allowed");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsForbiddenAndStoresNothing() throws Exception {
        int before = count();
        Map<String, String> form = valid("No token");
        form.remove("_csrf");
        assertThat(eric.postMultipart("/author/events/new", form, Map.of()).statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void importReportsEachEventAndImportsNothingWhenOneIsRefused() throws Exception {
        byte[] file = TestSite.class.getResourceAsStream("/author/import-mixed.json").readAllBytes();
        HttpResponse<String> refused = eric.postMultipart("/author/import", Map.of("_csrf", csrf),
                Map.of("file", Map.entry("events.json", file)));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document report = Jsoup.parse(refused.body());
        assertThat(report.select(".author-import__item--refused").text()).contains("startDate: not a date");
        assertThat(report.select(".author-import__item--valid")).hasSize(2);
        assertThat(eric.get("/author/events/import-valid-one").statusCode()).isEqualTo(404);
        HttpResponse<String> partial = eric.postMultipart("/author/import",
                Map.of("_csrf", csrf, "skipRefused", "true"), Map.of("file", Map.entry("events.json", file)));
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(partial.body()).select("#report-title").text()).isEqualTo("2 events imported, 1 refused");
        assertThat(eric.get("/author/events/import-valid-one").statusCode()).isEqualTo(200);
    }

    /** A valid submission of every field; tests change what they check. */
    private Map<String, String> valid(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("title", title);
        form.put("title_fr", "Journée portes ouvertes");
        form.put("subtitle", "Guided tours");
        form.put("startDate", "2031-05-01");
        form.put("startDate.time", "10:00");
        form.put("endDate", "2031-05-01");
        form.put("endDate.time", "16:00");
        form.put("timeZone", "Europe/Paris");
        form.put("status", "scheduled");
        form.put("city", "Strasbourg");
        form.put("country", "FR");
        form.put("teaser", "Visit the Palais.");
        form.put("body", "<p><strong>Welcome</strong><script>alert(1)</script></p>");
        form.put("categories", "open-day");
        form.put("categories#2", "visit");
        form.put("links.0.label", "Programme");
        form.put("links.0.label_fr", "Programme détaillé");
        form.put("links.0.href", "/documents/open-day.pdf");
        return form;
    }

    private String stamp(String name) throws Exception {
        return Jsoup.parse(eric.get("/author/events/" + name).body()).select("input[name=_modified]").val();
    }

    private static String errorOf(Document page, String inputId) {
        return page.select("#f-" + inputId + "-error").text();
    }

    private int count() throws Exception {
        return Jsoup.parse(eric.get("/author/events").body()).select("#count").text().isEmpty() ? -1
                : Integer.parseInt(Jsoup.parse(eric.get("/author/events").body()).select("#count").text()
                        .split(" ")[0]);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
