package dev.events.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The figures of {@code bench --cluster}: requests per second and p99 of one node directly, of one node and of two
 * behind HAProxy, and the ratio of two nodes to one behind the same balancer (the balancer's own cost apart).
 */
final class ClusterTable {

    static final String DIRECT = "one node";
    static final String ONE = "HAProxy, one node";
    static final String TWO = "HAProxy, two nodes";

    private ClusterTable() {
    }

    /** @return what the figures were taken with: events, seed, day, Java, cores, load */
    static String header(ClusterBench.Options options) {
        return String.format(Locale.ROOT, "Events cluster benchmark: N=%s, seed %d, %s, Java %s, %d cores, load "
                + "average %.2f%n", BenchTable.number(options.events()), options.seed(), java.time.LocalDate.now(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * @param names   what each URL is
     * @param columns the figures of each URL: on one node directly, through HAProxy on one node, on two
     */
    static String format(List<String> names, List<List<BenchResult.Throughput>> columns) {
        StringBuilder out = new StringBuilder(line("figure", DIRECT, ONE, TWO, "two / one"));
        for (int i = 0; i < names.size(); i++) {
            int url = i;
            List<BenchResult.Throughput> cells = columns.stream().map(c -> c.get(url)).toList();
            out.append(line(names.get(i) + " (requests/s)", cells, BenchResult.Throughput::requestsPerSecond));
            out.append(line(names.get(i) + " p99 (ms)", cells, BenchResult.Throughput::p99));
        }
        return out.toString();
    }

    /** @return the figure of each column, and of two nodes over one, both behind HAProxy */
    private static String line(String label, List<BenchResult.Throughput> cells,
            ToDoubleFunction<BenchResult.Throughput> figure) {
        double[] values = cells.stream().mapToDouble(figure).toArray();
        return line(label, BenchTable.number(values[0]), BenchTable.number(values[1]), BenchTable.number(values[2]),
                ratio(values[2], values[1]));
    }

    private static String ratio(double two, double one) {
        return one > 0 ? String.format(Locale.ROOT, "%.2f", two / one) : BenchTable.NA;
    }

    private static String line(String label, String direct, String one, String two, String ratio) {
        return String.format(Locale.ROOT, "%-28s %10s %18s %19s %10s%n", label, direct, one, two, ratio);
    }
}
