package dev.events.durability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;


/**
 * One round of {@link ServerKillTest}'s work against a server over HTTP, as authors do it, one request at a time
 * until the server dies: bulk imports through {@code /author/import}, editor saves (the form with its
 * {@code _modified} stamp), publication requests, and a publisher claiming and approving what waits in
 * {@code /author/tasks}; sometimes a save between request and approval, which the approval must then refuse. Every
 * answer received is recorded in the {@link KillModel}; the request under way when the server dies is not.
 */
final class KillWorkload implements Runnable {

    private static final int BATCH = 6;

    private final int port;
    private final KillModel model;
    private final Random random;
    private final int round;
    private final AtomicInteger batches = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();
    private volatile String underWay = "logging in";
    private volatile Throwable failure;
    private volatile long loggedIn = -1;
    private volatile boolean finished;
    private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);

    KillWorkload(int port, KillModel model, long seed, int round) {
        this.port = port;
        this.model = model;
        this.random = new Random(seed);
        this.round = round;
        for (String kind : List.of("imports", "saves", "requests", "approvals", "stale approvals")) {
            counts.put(kind, new AtomicInteger());
        }
    }

    @Override
    public void run() {
        try {
            long start = System.nanoTime();
            LoggedIn editor = LoggedIn.as(port, "eric");
            LoggedIn publisher = LoggedIn.as(port, "peter");
            loggedIn = (System.nanoTime() - start) / 1_000_000;
            ready.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                step(editor, publisher);
            }
        } catch (IOException killed) {
            // the server is gone: the request under way stays unacknowledged
        } catch (Throwable e) {
            failure = e;
        } finally {
            finished = true;
        }
    }

    /**
     * Waits until both users are logged in (logins are no work the kills are after); a round whose server dies first
     * gets no further.
     *
     * @return whether they are
     */
    boolean awaitLoggedIn() throws InterruptedException {
        while (!ready.await(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (failure != null || finished) {
                return false;
            }
        }
        return true;
    }

    private void step(LoggedIn editor, LoggedIn publisher) throws Exception {
        List<String> known = model.known();
        if (known.size() < BATCH || random.nextInt(8) == 0) {
            importBatch(editor);
            return;
        }
        String name = known.get(random.nextInt(known.size()));
        save(editor, name);
        if (random.nextInt(4) > 0) {
            request(editor, name);
            if (random.nextInt(5) == 0) {
                save(editor, name);
            }
            approveAll(publisher);
        }
    }

    private void importBatch(LoggedIn editor) throws Exception {
        int batch = batches.getAndIncrement();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            names.add("r" + round + "-" + batch + "-" + i);
        }
        model.importing(names);
        underWay = "import of " + names;
        HttpResponse<String> answer = editor.client().postMultipart("/author/import", Map.of("_csrf", editor.csrf()),
                Map.of("file", Map.entry("batch.json", json(names).getBytes(StandardCharsets.UTF_8))));
        expect(answer, 200);
        String report = Jsoup.parse(answer.body()).select("#report-title").text();
        if (!report.equals(BATCH + " events imported")) {
            throw new AssertionError("Import of " + names + " reported: " + report);
        }
        model.imported(names);
        done("imports");
    }

    private void save(LoggedIn editor, String name) throws Exception {
        underWay = "opening " + name;
        HttpResponse<String> page = editor.client().get("/author/events/" + name);
        expect(page, 200);
        String stamp = Jsoup.parse(page.body()).select("input[name=_modified]").val();
        int version = model.saving(name);
        underWay = "save of " + name + " v" + version;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", editor.csrf());
        form.put("_modified", stamp);
        form.put("allDay", "true");
        KillModel.values(name, version).forEach((key, value) -> form.put(formName(key), value));
        expect(editor.client().postMultipart("/author/events/" + name, form, Map.of()), 303);
        model.saved(name, version);
        done("saves");
    }

    private void request(LoggedIn editor, String name) throws Exception {
        underWay = "publication request of " + name;
        HttpResponse<String> answer = editor.client().postMultipart("/author/events/" + name + "/request-publication",
                Map.of("_csrf", editor.csrf(), "comment", "Round " + round), Map.of());
        // 409: a request is waiting already, made before the last kill
        expect(answer, 303, 409);
        done("requests");
    }

    private void approveAll(LoggedIn publisher) throws Exception {
        underWay = "reading the tasks";
        HttpResponse<String> inbox = publisher.client().get("/author/tasks");
        expect(inbox, 200);
        for (Element task : Jsoup.parse(inbox.body())
                .select("article.author-task--open[data-event], article.author-task--claimed[data-event]")) {
            String id = task.attr("data-task");
            String name = task.attr("data-event");
            underWay = "claim of " + name;
            expect(publisher.client().post("/author/tasks/" + id + "/claim", Map.of("_csrf", publisher.csrf())), 303, 409);
            underWay = "approval of " + name;
            HttpResponse<String> answer = publisher.client().post("/author/tasks/" + id + "/approve",
                    Map.of("_csrf", publisher.csrf()));
            expect(answer, 303, 409);
            if (answer.statusCode() == 303) {
                model.approved(name);
                done("approvals");
            } else {
                done("stale approvals");
            }
        }
    }

    private void done(String kind) {
        counts.get(kind).incrementAndGet();
        underWay = "nothing";
    }

    /** @return what the round did, and the request the kill cut */
    String summary() {
        return "logged in in " + loggedIn + " ms, " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + "; killed during: " + underWay;
    }

    int acknowledged(String kind) {
        return counts.get(kind).get();
    }

    /** @return an unexpected answer or error of the round, or null */
    Throwable failure() {
        return failure;
    }

    private static String formName(String key) {
        return key.replace("links/0/", "links.0.");
    }

    private static String json(List<String> names) {
        return names.stream().map(name -> {
            Map<String, String> values = KillModel.values(name, 1);
            return "{\"name\": \"" + name + "\", \"title\": \"" + values.get("title") + "\", \"startDate\": \""
                    + values.get("startDate") + "\", \"allDay\": true, \"timeZone\": \"" + values.get("timeZone")
                    + "\", \"city\": \"" + values.get("city") + "\", \"country\": \"" + values.get("country")
                    + "\", \"teaser\": \"" + values.get("teaser") + "\", \"links\": [{\"label\": \""
                    + values.get("links/0/label") + "\", \"href\": \"" + values.get("links/0/href") + "\"}]}";
        }).collect(Collectors.joining(",\n", "{\"events\": [\n", "\n]}"));
    }

    private static void expect(HttpResponse<String> answer, int... statuses) {
        for (int status : statuses) {
            if (answer.statusCode() == status) {
                return;
            }
        }
        throw new AssertionError(answer.request().method() + " " + answer.request().uri() + " answered "
                + answer.statusCode() + ": " + Jsoup.parse(answer.body()).text());
    }
}
