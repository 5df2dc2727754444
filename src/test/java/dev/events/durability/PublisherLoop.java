package dev.events.durability;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One publisher of {@link MixedLoad}: reads {@code /author/tasks}, claims and approves every event request waiting
 * there, until the deadline. Two publishers race for the same tasks: a task claimed by the other, handled already
 * or whose event changed since the request answers 409, which is the workflow's promise; anything else is a problem.
 */
final class PublisherLoop implements Callable<Integer> {

    private final LoggedIn publisher;
    private final String user;
    private final long deadline;
    private final LoadProblems problems;
    private final AtomicInteger refused = new AtomicInteger();

    PublisherLoop(LoggedIn publisher, long deadline, LoadProblems problems) {
        this.publisher = publisher;
        this.user = publisher.name();
        this.deadline = deadline;
        this.problems = problems;
    }

    /** @return how many approvals published */
    @Override
    public Integer call() throws Exception {
        int published = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> inbox = publisher.client().get("/author/tasks");
            expect(inbox, "GET /author/tasks");
            int seen = 0;
            for (Element task : Jsoup.parse(inbox.body())
                    .select("article.author-task--open[data-event], article.author-task--claimed[data-event]")) {
                seen++;
                if (decide(task.attr("data-task"), task.attr("data-event"))) {
                    published++;
                }
            }
            if (seen == 0) {
                Thread.sleep(20);
            }
        }
        return published;
    }

    /** @return how many answers were 409 */
    int refused() {
        return refused.get();
    }

    private boolean decide(String task, String event) throws Exception {
        HttpResponse<String> claim = publisher.client().post("/author/tasks/" + task + "/claim",
                Map.of("_csrf", publisher.csrf()));
        expect(claim, "claim of " + event);
        if (claim.statusCode() != 303) {
            return false;
        }
        HttpResponse<String> approval = publisher.client().post("/author/tasks/" + task + "/approve",
                Map.of("_csrf", publisher.csrf()));
        expect(approval, "approval of " + event);
        return approval.statusCode() == 303;
    }

    private void expect(HttpResponse<String> answer, String what) {
        if (answer.statusCode() == 409) {
            refused.incrementAndGet();
        } else if (answer.statusCode() != 200 && answer.statusCode() != 303) {
            problems.add(user + ": " + what + " answered " + answer.statusCode() + ": "
                    + Jsoup.parse(answer.body()).select("main").text());
        }
    }
}
