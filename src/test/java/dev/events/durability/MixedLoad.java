package dev.events.durability;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Editors, publishers and visitors using one server at once over HTTP for a while: editors ({@link EditorLoop})
 * saving the same few events and requesting their publication, publishers ({@link PublisherLoop}) approving, and
 * visitors ({@link Visitor}, a fixed thread pool) reading public pages. The run must end by itself: when it does not
 * within the duration and a minute, or when threads deadlock, the report carries a thread dump.
 */
final class MixedLoad {

    /**
     * @param editors    users {@code editor1} ... (editor role), each logged in before the run starts
     * @param publishers users {@code publisher1} ... (publisher role)
     * @param visitors   threads reading public pages
     */
    record Settings(int editors, int publishers, int visitors, Duration duration, long seed) {
    }

    private final int port;
    private final Settings settings;
    private final LoadProblems problems = new LoadProblems();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ExecutorService authors;
    private final ExecutorService visitors;
    private final List<Future<List<EditorLoop.Save>>> editorRuns = new ArrayList<>();
    private final List<PublisherLoop> publisherLoops = new ArrayList<>();
    private final List<Future<Integer>> publisherRuns = new ArrayList<>();
    private final List<Future<long[]>> visitorRuns = new ArrayList<>();

    private MixedLoad(int port, Settings settings) {
        this.port = port;
        this.settings = settings;
        this.authors = Executors.newFixedThreadPool(settings.editors() + settings.publishers());
        this.visitors = Executors.newFixedThreadPool(settings.visitors());
    }

    /**
     * @param events the names of the events editors share; editor {@code i} also saves {@link #ownEvent} {@code i}
     * @param pages  public addresses visitors read, each answering 200
     */
    static LoadReport run(int port, Settings settings, List<String> events, List<String> pages) throws Exception {
        MixedLoad load = new MixedLoad(port, settings);
        List<LoggedIn> editors = load.logIn("editor", settings.editors());
        List<LoggedIn> publishers = load.logIn("publisher", settings.publishers());
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        load.startEditors(editors, events, deadline);
        load.startPublishers(publishers, deadline);
        load.startVisitors(pages, deadline);
        String dump = load.awaitTheEnd();
        return load.report(dump, (System.nanoTime() - start) / 1e9);
    }

    /** @return the event editor {@code i} alone saves */
    static String ownEvent(int i) {
        return "own-event-" + i;
    }

    private List<LoggedIn> logIn(String prefix, int count) throws Exception {
        List<LoggedIn> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            users.add(LoggedIn.as(port, prefix + i));
        }
        return users;
    }

    private void startEditors(List<LoggedIn> editors, List<String> events, long deadline) {
        CyclicBarrier race = new CyclicBarrier(editors.size());
        for (int i = 1; i <= editors.size(); i++) {
            editorRuns.add(authors.submit(new EditorLoop(editors.get(i - 1), events, ownEvent(i), deadline,
                    settings.seed() + i, problems, race)));
        }
    }

    private void startPublishers(List<LoggedIn> publishers, long deadline) {
        for (LoggedIn user : publishers) {
            PublisherLoop loop = new PublisherLoop(user, deadline, problems);
            publisherLoops.add(loop);
            publisherRuns.add(authors.submit(loop));
        }
    }

    private void startVisitors(List<String> pages, long deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < settings.visitors(); i++) {
            visitorRuns.add(visitors.submit(new Visitor(http, port, pages, deadline, settings.seed() * 31 + i,
                    statuses, problems)));
        }
    }

    /** @return a thread dump when the threads did not end within the duration and a minute, or deadlocked */
    private String awaitTheEnd() throws InterruptedException {
        authors.shutdown();
        visitors.shutdown();
        long grace = settings.duration().toMillis() + 60_000;
        boolean ended = authors.awaitTermination(grace, TimeUnit.MILLISECONDS)
                && visitors.awaitTermination(grace, TimeUnit.MILLISECONDS);
        String dump = ended && ManagementFactory.getThreadMXBean().findDeadlockedThreads() == null ? null
                : threadDump();
        if (!ended) {
            authors.shutdownNow();
            visitors.shutdownNow();
            problems.add("the run did not end within " + grace + " ms");
        }
        return dump;
    }

    private LoadReport report(String dump, double seconds) throws InterruptedException {
        return new LoadReport(results(editorRuns).stream().flatMap(List::stream).toList(),
                results(publisherRuns).stream().mapToInt(Integer::intValue).sum(),
                publisherLoops.stream().mapToInt(PublisherLoop::refused).sum(), LoadReport.sorted(results(visitorRuns)),
                statuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())),
                problems.list(), dump, seconds);
    }

    private <T> List<T> results(List<Future<T>> futures) throws InterruptedException {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            if (!future.isDone()) {
                continue;
            }
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                problems.add("a thread failed: " + e.getCause());
            }
        }
        return results;
    }

    /** @return every thread of this JVM (the server's too) with its stack and the locks it holds and waits for */
    static String threadDump() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        StringBuilder dump = new StringBuilder(deadlocked == null ? "" : "DEADLOCK between threads "
                + java.util.Arrays.toString(deadlocked) + "\n");
        for (ThreadInfo info : threads.dumpAllThreads(true, true)) {
            dump.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                dump.append(" on ").append(info.getLockName()).append(" owned by ").append(info.getLockOwnerName());
            }
            dump.append('\n');
            for (StackTraceElement frame : info.getStackTrace()) {
                dump.append("\tat ").append(frame).append('\n');
            }
        }
        return dump.toString();
    }
}
