package dev.events.durability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jsoup.Jsoup;

/**
 * One editor of {@link MixedLoad}: opens one of the shared events, saves it with a title of its own
 * ({@code Shared NAME by USER #N}) and the {@code _modified} stamp it read, and now and then requests its
 * publication. It starts with a race: all editors open the first shared event, then all save it at once. Second,
 * and then one time in three, it works on its own event instead, unless that waits for approval, and requests its
 * publication, which then waits for a publisher unchanged (the shared events change so
 * often that most of their requests are stale when a publisher gets to them). Every save is recorded with its
 * answer; answers other than those the editor promises are recorded as problems.
 */
final class EditorLoop implements Callable<List<EditorLoop.Save>> {

    /** What the editor says when a save is refused because someone saved since the form was opened. */
    static final String CONFLICT = "reload to see their change";

    /**
     * One save.
     *
     * @param seen   the stamp of the form the save was based on
     * @param status the answer: 303 saved, 409 refused as a conflict
     */
    record Save(String event, String title, String seen, int status, long nanos) {
    }

    private final LoggedIn editor;
    private final String user;
    private final List<String> events;
    private final String own;
    private final long deadline;
    private final Random random;
    private final LoadProblems problems;
    private final CyclicBarrier race;

    /**
     * @param events the events all editors share
     * @param own    an event this editor alone saves
     * @param race   all editors, which open the first shared event together and save it at once, first thing
     */
    EditorLoop(LoggedIn editor, List<String> events, String own, long deadline, long seed, LoadProblems problems,
            CyclicBarrier race) {
        this.race = race;
        this.editor = editor;
        this.user = editor.name();
        this.events = events;
        this.own = own;
        this.deadline = deadline;
        this.random = new Random(seed);
        this.problems = problems;
    }

    @Override
    public List<Save> call() throws Exception {
        List<Save> saves = new ArrayList<>();
        for (int n = 1; System.nanoTime() < deadline; n++) {
            try {
                saves.add(step(n));
            } catch (java.io.IOException e) {
                problems.add(user + ": " + e);
            }
        }
        return saves;
    }

    /** The {@code n}-th save: first the race, second the editor's own event, then mostly shared ones. */
    private Save step(int n) throws Exception {
        boolean alone = n == 2 || n > 2 && random.nextInt(3) == 0;
        String event = n == 1 ? events.get(0) : alone ? own : shared();
        HttpResponse<String> page = open(editor, event);
        if (n == 1) {
            awaitTheOthers();
        }
        if (alone && Jsoup.parse(page.body()).select("#workflow-state").text().contains("Pending")) {
            // as editors do, leave an event waiting for approval alone
            alone = false;
            event = shared();
            page = open(editor, event);
        }
        Save save = save(editor, event, page, "Shared " + event + " by " + user + " #" + n);
        if (save.status() == 303 && (alone || random.nextInt(4) == 0)) {
            request(editor, event);
        }
        return save;
    }

    private String shared() {
        return events.get(random.nextInt(events.size()));
    }

    /** Lets every editor open the first shared event before any saves it: one save wins, the others conflict. */
    private void awaitTheOthers() throws InterruptedException {
        try {
            race.await(30, TimeUnit.SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
            problems.add(user + ": the other editors did not open the first shared event within 30 s");
        }
    }

    private HttpResponse<String> open(LoggedIn editor, String event) throws Exception {
        HttpResponse<String> page = editor.client().get("/author/events/" + event);
        if (page.statusCode() != 200) {
            problems.add(user + ": GET /author/events/" + event + " answered " + page.statusCode());
        }
        return page;
    }

    /** Saves the form of {@code page} with a new title. */
    private Save save(LoggedIn editor, String event, HttpResponse<String> page, String title) throws Exception {
        String seen = Jsoup.parse(page.body()).select("input[name=_modified]").val();
        long start = System.nanoTime();
        HttpResponse<String> answer = editor.client().postMultipart("/author/events/" + event,
                form(editor.csrf(), seen, event, title), Map.of());
        long nanos = System.nanoTime() - start;
        boolean conflict = answer.statusCode() == 409 && answer.body().contains(CONFLICT);
        if (answer.statusCode() != 303 && !conflict) {
            problems.add(user + ": save of " + event + " answered " + answer.statusCode() + ": "
                    + Jsoup.parse(answer.body()).select("#error-summary, main").text());
        }
        return new Save(event, title, seen, answer.statusCode(), nanos);
    }

    private void request(LoggedIn editor, String event) throws Exception {
        HttpResponse<String> answer = editor.client().postMultipart("/author/events/" + event
                + "/request-publication", Map.of("_csrf", editor.csrf(), "comment", "by " + user), Map.of());
        // 409: a request for the event is waiting already
        if (answer.statusCode() != 303 && answer.statusCode() != 409) {
            problems.add(user + ": publication request of " + event + " answered " + answer.statusCode());
        }
    }

    /** @return a valid editor form: every save is accepted unless it conflicts */
    static Map<String, String> form(String csrf, String seen, String event, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("_modified", seen);
        form.put("title", title);
        form.put("startDate", "2031-06-0" + (1 + Math.floorMod(event.hashCode(), 9)));
        form.put("allDay", "true");
        form.put("timeZone", "Europe/Paris");
        form.put("city", "Strasbourg");
        form.put("country", "FR");
        form.put("teaser", "Teaser of " + title);
        form.put("links.0.label", "Programme of " + title);
        form.put("links.0.href", "https://example.org/programme");
        return form;
    }
}
