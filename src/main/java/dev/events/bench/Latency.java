package dev.events.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Server time of one request, measured in a warm JVM: the requests of a run are called in turn (so that a busy
 * moment of the machine weighs on all of them alike), first for a warm-up, then timed many times, and the median
 * and 99th percentile of each request's samples are kept.
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
     * @param measureNanos how long to time them, once {@code minRounds} are taken
     * @param minRounds    the fewest rounds of the warm-up and of the timing
     * @param maxRounds    the most timed rounds
     */
    public record Budget(long warmupNanos, long measureNanos, int minRounds, int maxRounds) {

        static final Budget DEFAULT = new Budget(5_000_000_000L, 20_000_000_000L, 100, 3_000);
        /** For tests: just enough to exercise the code. */
        static final Budget QUICK = new Budget(20_000_000L, 50_000_000L, 3, 30);
    }

    /** Times each call: rounds of all of them in turn, for the warm-up, then timed until the budget is spent. */
    static Map<String, Latency> measure(Map<String, Callable<?>> calls, Budget budget) throws Exception {
        List<Callable<?>> list = new ArrayList<>(calls.values());
        long end = System.nanoTime() + budget.warmupNanos();
        for (int round = 0; round < budget.minRounds() || System.nanoTime() < end; round++) {
            for (Callable<?> call : list) {
                call.call();
            }
        }
        long[][] samples = new long[list.size()][budget.maxRounds()];
        int rounds = 0;
        end = System.nanoTime() + budget.measureNanos();
        while (rounds < budget.maxRounds() && (rounds < budget.minRounds() || System.nanoTime() < end)) {
            for (int i = 0; i < list.size(); i++) {
                long start = System.nanoTime();
                list.get(i).call();
                samples[i][rounds] = System.nanoTime() - start;
            }
            rounds++;
        }
        Map<String, Latency> latencies = new LinkedHashMap<>();
        int i = 0;
        for (String name : calls.keySet()) {
            latencies.put(name, of(Arrays.copyOf(samples[i++], rounds)));
        }
        return latencies;
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
