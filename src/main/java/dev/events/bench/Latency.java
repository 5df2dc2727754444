package dev.events.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Server time of one request, measured in a warm JVM: the call runs first for a warm-up, then is timed many
 * times, and the median and 99th percentile of the samples are kept.
 *
 * @param p50     the median, in milliseconds
 * @param p99     the 99th percentile, in milliseconds
 * @param samples how many timed calls
 */
public record Latency(double p50, double p99, int samples) {

    /**
     * How long to run and sample each request.
     *
     * @param warmupNanos  how long to run it before timing
     * @param measureNanos how long to time it, once {@code minSamples} are taken
     * @param minSamples   the fewest calls of the warm-up and of the timing
     * @param maxSamples   the most timed calls
     */
    public record Budget(long warmupNanos, long measureNanos, int minSamples, int maxSamples) {

        static final Budget DEFAULT = new Budget(1_000_000_000L, 3_000_000_000L, 200, 5_000);
        /** For tests: just enough to exercise the code. */
        static final Budget QUICK = new Budget(20_000_000L, 50_000_000L, 5, 50);
    }

    /** Times {@code call}: warm-up, then samples until the budget is spent (and at least the minimum taken). */
    static Latency measure(Callable<?> call, Budget budget) throws Exception {
        long end = System.nanoTime() + budget.warmupNanos();
        for (int i = 0; i < budget.minSamples() || System.nanoTime() < end; i++) {
            call.call();
        }
        long[] samples = new long[budget.maxSamples()];
        int count = 0;
        end = System.nanoTime() + budget.measureNanos();
        while (count < samples.length && (count < budget.minSamples() || System.nanoTime() < end)) {
            long start = System.nanoTime();
            call.call();
            samples[count++] = System.nanoTime() - start;
        }
        long[] taken = Arrays.copyOf(samples, count);
        Arrays.sort(taken);
        return new Latency(millis(percentile(taken, 50)), millis(percentile(taken, 99)), count);
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
