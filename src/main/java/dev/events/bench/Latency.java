package dev.events.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Server time of one request, measured in a warm JVM: the requests of a run are first called in turn for a
 * warm-up, then each is timed in slices of its own (a slice of one request, then one of the next, and round
 * again, so that a busy moment of the machine weighs on all of them alike), and the median and 99th percentile
 * of each request's samples are kept. Slices, not calls in turn: called in turn with the calendar feed, whose 500
 * events at 100,000 allocate for 80 ms, the events page measured 1.47 ms instead of its 0.75 alone.
 *
 * @param p50     the median, in milliseconds
 * @param p99     the 99th percentile, in milliseconds
 * @param samples how many timed calls
 */
public record Latency(double p50, double p99, int samples) {

    /**
     * How long to run and sample the requests of a run.
     *
     * @param warmupNanos  how long to call them in turn before timing
     * @param measureNanos how long to time them, once each has {@code minRounds} samples
     * @param minRounds    the fewest rounds of the warm-up, and the fewest samples of each request
     * @param maxRounds    the most samples of each request
     */
    public record Budget(long warmupNanos, long measureNanos, int minRounds, int maxRounds) {

        static final Budget DEFAULT = new Budget(5_000_000_000L, 20_000_000_000L, 100, 3_000);
        /** For tests: just enough to exercise the code. */
        static final Budget QUICK = new Budget(20_000_000L, 50_000_000L, 3, 30);
    }

    /** Each request's time is cut into this many slices, which take turns with the other requests'. */
    static final int SLICES = 10;

    /** Times each call: all of them in turn for the warm-up, then each in slices of its own, taking turns. */
    static Map<String, Latency> measure(Map<String, Callable<?>> calls, Budget budget) throws Exception {
        List<Callable<?>> list = new ArrayList<>(calls.values());
        long end = System.nanoTime() + budget.warmupNanos();
        for (int round = 0; round < budget.minRounds() || System.nanoTime() < end; round++) {
            for (Callable<?> call : list) {
                call.call();
            }
        }
        long[][] samples = new long[list.size()][budget.maxRounds()];
        int[] taken = new int[list.size()];
        long slice = Math.max(1, budget.measureNanos() / ((long) SLICES * Math.max(1, list.size())));
        end = System.nanoTime() + budget.measureNanos();
        for (boolean any = true; any;) {
            any = false;
            for (int i = 0; i < list.size(); i++) {
                if (wanted(taken[i], budget, end)) {
                    taken[i] = slice(list.get(i), samples[i], taken[i], System.nanoTime() + slice, budget);
                    any = true;
                }
            }
        }
        Map<String, Latency> latencies = new LinkedHashMap<>();
        int i = 0;
        for (String name : calls.keySet()) {
            latencies.put(name, of(Arrays.copyOf(samples[i], taken[i])));
            i++;
        }
        return latencies;
    }

    private static boolean wanted(int taken, Budget budget, long end) {
        return taken < budget.maxRounds() && (taken < budget.minRounds() || System.nanoTime() < end);
    }

    /** @return how many samples there are once this slice, at least one call, is timed */
    private static int slice(Callable<?> call, long[] samples, int taken, long sliceEnd, Budget budget)
            throws Exception {
        int count = taken;
        do {
            long start = System.nanoTime();
            call.call();
            samples[count++] = System.nanoTime() - start;
        } while (count < budget.maxRounds() && System.nanoTime() < sliceEnd);
        return count;
    }

    private static Latency of(long[] samples) {
        Arrays.sort(samples);
        return new Latency(millis(percentile(samples, 50)), millis(percentile(samples, 99)), samples.length);
    }

    /** @return the nearest-rank percentile of sorted samples */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
