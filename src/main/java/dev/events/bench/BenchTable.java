package dev.events.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Prints the figures of one or more runs side by side, each figure with its target and PASS or MISS, and for
 * latencies the ratio of the largest run to the smallest (the targets of {@code docs/performance.md}).
 */
final class BenchTable {

    static final String NA = "n/a";
    private static final double LISTING_GROWTH = 1.5;

    /**
     * One line of the table.
     *
     * @param label  what the figure is
     * @param target what it must reach at every size
     * @param value  the figure of a run; null or NaN when not measured
     * @param growth what the largest run's figure over the smallest's must stay under; null: no ratio shown
     */
    private record Row(String label, Target target, Function<BenchResult, Double> value, Target growth) {
    }

    private final List<Row> rows = new ArrayList<>();

    BenchTable() {
        rows.add(new Row("import (events/s)", Target.atLeast(2_000), BenchResult::importRate, null));
        rows.add(new Row("bulk publication (events/s)", Target.atLeast(1_000), BenchResult::publishRate, null));
        rows.add(new Row("cold start to first page (s)", Target.atMost(5), BenchResult::coldStart, null));
        rows.add(new Row("... without the catalog file (s)", Target.NONE, BenchResult::coldWalk, null));
        for (BenchRequest request : BenchRequest.all("", YearMonth.of(2000, 1))) {
            latencyRows(request);
        }
        Target any = Target.NONE;
        rows.add(new Row("raw XPath query p50 (ms)", any, r -> r.rawQuery().p50(), any));
        rows.add(new Row("raw XPath query p99 (ms)", any, r -> r.rawQuery().p99(), any));
        rows.add(new Row("events page 1 p50 / raw query p50", any, r -> ratio(r.uncached().get("events page 1"),
                r.rawQuery()), null));
        rows.add(new Row("heap after GC (MB)", Target.atMost(512), BenchResult::heapMb, null));
        rows.add(new Row("data on disk (MB)", any, BenchResult::diskMb, null));
        httpRows();
    }

    private void latencyRows(BenchRequest request) {
        String name = request.name();
        boolean eventsPage = name.equals("events page 1");
        Target growth = request.listing() ? Target.atMost(LISTING_GROWTH) : Target.NONE;
        rows.add(new Row(name + " p50 (ms)", eventsPage ? Target.atMost(5) : Target.NONE,
                r -> p50(r.uncached().get(name)), growth));
        rows.add(new Row(name + " p99 (ms)", Target.NONE, r -> p99(r.uncached().get(name)), growth));
        rows.add(new Row(name + " p50 from cache (ms)", eventsPage ? Target.atMost(0.5) : Target.NONE,
                r -> p50(r.cached().get(name)), growth));
        rows.add(new Row(name + " p99 from cache (ms)", Target.NONE, r -> p99(r.cached().get(name)), growth));
    }

    private void httpRows() {
        Target any = Target.NONE;
        rows.add(new Row("HTTP /events (requests/s)", any, r -> http(r, f -> f.eventsPage().requestsPerSecond()), null));
        rows.add(new Row("HTTP /events p99 (ms)", any, r -> http(r, f -> f.eventsPage().p99()), null));
        rows.add(new Row("HTTP detail page (requests/s)", any, r -> http(r, f -> f.detail().requestsPerSecond()), null));
        rows.add(new Row("HTTP detail page p99 (ms)", any, r -> http(r, f -> f.detail().p99()), null));
        rows.add(new Row("HTTP static file (requests/s)", any,
                r -> http(r, f -> f.staticFile().requestsPerSecond()), null));
        rows.add(new Row("HTTP static file p99 (ms)", any, r -> http(r, f -> f.staticFile().p99()), null));
        rows.add(new Row("HTTP /events / static file (%)", Target.atLeast(50), r -> http(r,
                BenchResult.HttpFigures::eventsPageShare), null));
    }

    /** @return the table; rows of HTTP figures only when a run has them */
    String format(List<BenchResult> results) {
        boolean ratio = results.size() > 1;
        boolean http = results.stream().anyMatch(r -> r.http() != null);
        StringBuilder out = new StringBuilder(line("figure", "target", results.stream()
                .map(r -> "N=" + number(r.events())).toList(), ratio ? "ratio " + ratioLabel(results) : null));
        for (Row row : rows) {
            if (http || !row.label().startsWith("HTTP")) {
                out.append(format(row, results, ratio));
            }
        }
        return out.toString();
    }

    private String format(Row row, List<BenchResult> results, boolean ratio) {
        List<String> cells = results.stream().map(r -> cell(row.value().apply(r), row.target())).toList();
        String growth = null;
        if (ratio && row.growth() != null) {
            Double first = row.value().apply(results.get(0));
            Double last = row.value().apply(results.get(results.size() - 1));
            growth = measured(first) && measured(last) && first > 0 ? cell(last / first, row.growth()) : NA;
        } else if (ratio) {
            growth = "";
        }
        return line(row.label(), row.target().text(), cells, growth);
    }

    private static String line(String label, String target, List<String> cells, String ratio) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-38s %-9s", label, target));
        cells.forEach(c -> line.append(String.format(Locale.ROOT, " %15s", c)));
        if (ratio != null) {
            line.append(String.format(Locale.ROOT, " %14s", ratio));
        }
        return line.toString().stripTrailing() + System.lineSeparator();
    }

    private static String cell(Double value, Target target) {
        return measured(value) ? number(value) + target.mark(value) : NA;
    }

    private static boolean measured(Double value) {
        return value != null && !value.isNaN();
    }

    /** @return 2,000 for large values, 2 decimals below 100, 3 significant digits below 1 (0.000412) */
    static String number(double value) {
        if (value != 0 && Math.abs(value) < 1) {
            int decimals = 2 - (int) Math.floor(Math.log10(Math.abs(value)));
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        String pattern = Math.abs(value) >= 100 || value == Math.rint(value) ? "%,.0f" : "%,.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String ratioLabel(List<BenchResult> results) {
        return shortCount(results.get(results.size() - 1).events()) + "/" + shortCount(results.get(0).events());
    }

    /** @return 100k for 100,000, 1k for 1,000, 200 for 200 */
    static String shortCount(int n) {
        return n >= 1_000 && n % 1_000 == 0 ? n / 1_000 + "k" : String.valueOf(n);
    }

    private static Double p50(Latency latency) {
        return latency == null ? null : latency.p50();
    }

    private static Double p99(Latency latency) {
        return latency == null ? null : latency.p99();
    }

    private static Double ratio(Latency page, Latency raw) {
        return page == null || raw == null || raw.p50() == 0 ? null : page.p50() / raw.p50();
    }

    private static Double http(BenchResult r, Function<BenchResult.HttpFigures, Double> figure) {
        return r.http() == null ? null : figure.apply(r.http());
    }
}
