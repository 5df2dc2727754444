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

    private MixedLoad() {
    }

    /**
     * @param events the names of the events editors share; editor {@code i} also saves {@link #ownEvent} {@code i}
     * @param pages  public addresses visitors read, each answering 200
     */
    static LoadReport run(int port, Settings settings, List<String> events, List<String> pages) throws Exception {
        List<LoggedIn> editorUsers = new ArrayList<>();
        for (int i = 1; i <= settings.editors(); i++) {
            editorUsers.add(LoggedIn.as(port, "editor" + i));
        }
        List<LoggedIn> publisherUsers = new ArrayList<>();
        for (int i = 1; i <= settings.publishers(); i++) {
            publisherUsers.add(LoggedIn.as(port, "publisher" + i));
        }
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        LoadProblems problems = new LoadProblems();
        ExecutorService authors = Executors.newFixedThreadPool(settings.editors() + settings.publishers());
        ExecutorService visitors = Executors.newFixedThreadPool(settings.visitors());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Future<List<EditorLoop.Save>>> editors = new ArrayList<>();
        java.util.concurrent.CyclicBarrier race = new java.util.concurrent.CyclicBarrier(settings.editors());
        for (int i = 1; i <= settings.editors(); i++) {
            editors.add(authors.submit(new EditorLoop(editorUsers.get(i - 1), events, ownEvent(i), deadline,
                    settings.seed() + i, problems, race)));
        }
        List<PublisherLoop> publisherLoops = new ArrayList<>();
        List<Future<Integer>> publishers = new ArrayList<>();
        for (LoggedIn user : publisherUsers) {
            PublisherLoop loop = new PublisherLoop(user, deadline, problems);
            publisherLoops.add(loop);
            publishers.add(authors.submit(loop));
        }
        List<Future<long[]>> readers = new ArrayList<>();
        for (int i = 0; i < settings.visitors(); i++) {
            readers.add(visitors.submit(new Visitor(http, port, pages, deadline, settings.seed() * 31 + i, statuses,
                    problems)));
        }
        authors.shutdown();
        visitors.shutdown();
        long grace = settings.duration().toMillis() + 60_000;
        boolean ended = authors.awaitTermination(grace, TimeUnit.MILLISECONDS)
                && visitors.awaitTermination(grace, TimeUnit.MILLISECONDS);
        String dump = ended && deadlocked() == null ? null : threadDump();
        if (!ended) {
            authors.shutdownNow();
            visitors.shutdownNow();
            problems.add("the run did not end within " + grace + " ms");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadReport(results(editors, problems).stream().flatMap(List::stream).toList(),
                results(publishers, problems).stream().mapToInt(Integer::intValue).sum(),
                publisherLoops.stream().mapToInt(PublisherLoop::refused).sum(),
                LoadReport.sorted(results(readers, problems)), statuses.entrySet().stream().collect(
                        Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())), problems.list(), dump, seconds);
    }

    /** @return the event editor {@code i} alone saves */
    static String ownEvent(int i) {
        return "own-event-" + i;
    }

    private static <T> List<T> results(List<Future<T>> futures, LoadProblems problems) throws InterruptedException {
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

    private static long[] deadlocked() {
        return ManagementFactory.getThreadMXBean().findDeadlockedThreads();
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
