package dev.events.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.version.VersionHistory;

import org.jsoup.Jsoup;

import dev.events.content.EventLookup;
import dev.events.content.Workspaces;
import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.TestSite;

/**
 * A site with every kind of content a backup must keep, made as authors make it, over HTTP: the seed events and
 * page published; an event with several versions, a restored older version (restore point), a version label, a
 * large image (in the data store) and a pending request; a second event with a small image (inline), published
 * through the workflow; a content page, published; users; tasks and the audit trail.
 */
final class BackedUpSite {

    static final String PASSWORD = "correct horse battery";
    static final String HISTORY = "history-of-the-palais";
    static final String PICTURED = "pictured-open-day";
    static final String LABEL = "before-the-rewrite";

    private BackedUpSite() {
    }

    /** Fills the site; its web server is closed again. */
    static void fill(TestSite site) throws Exception {
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        users.add("peter", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
        try (WebServer server = site.startWebServer()) {
            AuthorClient eric = new AuthorClient(server.port());
            String csrf = eric.logIn("eric", PASSWORD);
            AuthorClient peter = new AuthorClient(server.port());
            String peterCsrf = peter.logIn("peter", PASSWORD);
            expect(eric.postMultipart("/author/events/new", form(csrf, "History of the Palais", ""),
                    Map.of("image.upload", Map.entry("large.png", png(64, 48)))), 303);
            for (String title : new String[] {"History of the Palais, revised", "History of the Palais, third"}) {
                site.clock().advance(java.time.Duration.ofMinutes(1));
                expect(eric.postMultipart("/author/events/" + HISTORY, form(csrf, title, stamp(eric, HISTORY)),
                        Map.of()), 303);
            }
            String oldest = Jsoup.parse(eric.get("/author/events/" + HISTORY).body())
                    .select(".author-history__version").last().attr("data-version");
            expect(eric.post("/author/events/" + HISTORY + "/restore", Map.of("_csrf", csrf, "version", oldest)), 303);
            expect(eric.postMultipart("/author/events/new", form(csrf, "Pictured open day", ""),
                    Map.of("image.upload", Map.entry("small.png", png(2, 2)))), 303);
            publish(eric, csrf, peter, peterCsrf, "/author/events/" + PICTURED, "data-event=" + PICTURED);
            expect(eric.post("/author/pages/new", Map.of("_csrf", csrf, "parent", "/", "name", "about",
                    "title", "About us", "template", "events:pages/content-page")), 303);
            publish(eric, csrf, peter, peterCsrf, "/author/pages/about", "data-page=/about");
            expect(eric.postMultipart("/author/events/" + HISTORY + "/request-publication",
                    Map.of("_csrf", csrf, "comment", "Left pending"), Map.of()), 303);
        }
        labelOldestVersion(site);
    }

    private static void publish(AuthorClient editor, String csrf, AuthorClient publisher, String publisherCsrf,
            String item, String selector) throws Exception {
        expect(editor.postMultipart(item + "/request-publication", Map.of("_csrf", csrf, "comment", "Ready"),
                Map.of()), 303);
        String task = Jsoup.parse(publisher.get("/author/tasks").body()).select("article[" + selector + "]")
                .attr("data-task");
        expect(publisher.post("/author/tasks/" + task + "/claim", Map.of("_csrf", publisherCsrf)), 303);
        expect(publisher.post("/author/tasks/" + task + "/approve", Map.of("_csrf", publisherCsrf)), 303);
    }

    /** Version labels are no feature of the editor, but a repository may hold them: the backup keeps them too. */
    private static void labelOldestVersion(TestSite site) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, HISTORY).orElseThrow();
            VersionHistory history = events.getWorkspace().getVersionManager().getVersionHistory(event.getPath());
            String first = history.getRootVersion().getSuccessors()[0].getName();
            history.addVersionLabel(first, LABEL, false);
        } finally {
            events.logout();
        }
    }

    private static Map<String, String> form(String csrf, String title, String stamp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("_modified", stamp);
        form.put("title", title);
        form.put("title_fr", title + " (fr)");
        form.put("startDate", "2031-06-01");
        form.put("startDate.time", "10:00");
        form.put("timeZone", "Europe/Paris");
        form.put("city", "Strasbourg");
        form.put("country", "FR");
        form.put("teaser", "Teaser of " + title);
        form.put("categories", "open-day");
        form.put("categories#2", "visit");
        form.put("links.0.label", "Programme");
        form.put("links.0.href", "https://example.org/programme");
        return form;
    }

    private static String stamp(AuthorClient client, String name) throws Exception {
        return Jsoup.parse(client.get("/author/events/" + name).body()).select("input[name=_modified]").val();
    }

    private static void expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("answer to %s: %s", response.request().uri(), response.body())
                .isEqualTo(status);
    }

    /** @return a PNG of random pixels: large ones do not compress below the data store's 1 KB threshold */
    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
