package dev.events.cluster;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import dev.events.testing.AuthorClient;

/**
 * The author process of {@link ClusterTest} over HTTP, as its users work: the editor imports an event and asks for
 * its publication, the publisher claims and approves the task, which publishes it into the public cluster.
 */
final class ClusterAuthor {

    static final String PASSWORD = "correct horse battery";

    private final AuthorClient editor;
    private final AuthorClient publisher;
    private final String editorCsrf;
    private final String publisherCsrf;

    ClusterAuthor(int port) throws Exception {
        editor = new AuthorClient(port);
        publisher = new AuthorClient(port);
        editorCsrf = editor.logIn("eric", PASSWORD);
        publisherCsrf = publisher.logIn("peter", PASSWORD);
    }

    /** @return the title of an event, which the public pages and feeds show */
    static String title(String name) {
        return "Cluster event " + name;
    }

    /** @return its day in 2031, a function of the name */
    static LocalDate day(String name) {
        return LocalDate.of(2031, 1, 1).plusDays(Math.floorMod(name.hashCode(), 365));
    }

    /** Imports the event, requests its publication and approves it; returns once the approval is acknowledged. */
    void publish(String name) throws Exception {
        expect(editor.postMultipart("/author/import", Map.of("_csrf", editorCsrf), Map.of("file", Map.entry(
                "event.json", json(name).getBytes(StandardCharsets.UTF_8)))), 200);
        expect(editor.postMultipart("/author/events/" + name + "/request-publication", Map.of("_csrf", editorCsrf,
                "comment", "cluster"), Map.of()), 303);
        HttpResponse<String> inbox = publisher.get("/author/tasks");
        expect(inbox, 200);
        Element task = Jsoup.parse(inbox.body()).selectFirst("article.author-task--open[data-event=" + name + "]");
        if (task == null) {
            throw new AssertionError("No open task for " + name + " in " + Jsoup.parse(inbox.body()).text());
        }
        String id = task.attr("data-task");
        expect(publisher.post("/author/tasks/" + id + "/claim", Map.of("_csrf", publisherCsrf)), 303);
        expect(publisher.post("/author/tasks/" + id + "/approve", Map.of("_csrf", publisherCsrf)), 303);
    }

    private static String json(String name) {
        return "{\"events\": [{\"name\": \"" + name + "\", \"title\": \"" + title(name) + "\", \"startDate\": \""
                + day(name) + "\", \"allDay\": true, \"timeZone\": \"Europe/Paris\", \"city\": \"Paris\", "
                + "\"country\": \"FR\", \"teaser\": \"Published into the cluster\"}]}";
    }

    private static void expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new AssertionError(answer.request().method() + " " + answer.request().uri() + " answered "
                    + answer.statusCode() + ": " + Jsoup.parse(answer.body()).text());
        }
    }
}
