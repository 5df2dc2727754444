package dev.events.durability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/** One visitor of {@link MixedLoad}: reads public pages one after the other until the deadline, timing each. */
final class Visitor implements Callable<long[]> {

    private final HttpClient http;
    private final int port;
    private final List<String> paths;
    private final long deadline;
    private final Random random;
    private final Map<Integer, LongAdder> statuses;
    private final LoadProblems problems;

    Visitor(HttpClient http, int port, List<String> paths, long deadline, long seed, Map<Integer, LongAdder> statuses,
            LoadProblems problems) {
        this.http = http;
        this.port = port;
        this.paths = paths;
        this.deadline = deadline;
        this.random = new Random(seed);
        this.statuses = statuses;
        this.problems = problems;
    }

    /** @return the time of each request, in nanoseconds */
    @Override
    public long[] call() {
        long[] times = new long[1024];
        int count = 0;
        while (System.nanoTime() < deadline) {
            String path = paths.get(random.nextInt(paths.size()));
            long start = System.nanoTime();
            int status = get(path);
            if (count == times.length) {
                times = java.util.Arrays.copyOf(times, count * 2);
            }
            times[count++] = System.nanoTime() - start;
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (status != 200) {
                problems.add("visitor: GET " + path + " answered " + status);
            }
        }
        return java.util.Arrays.copyOf(times, count);
    }

    /** @return the status, or 0 when no answer came */
    private int get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            problems.add("visitor: GET " + path + ": " + e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
