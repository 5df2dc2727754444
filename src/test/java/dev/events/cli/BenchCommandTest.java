package dev.events.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} at small sizes prints one table: a header, a line per figure with its target, a column per size
 * and the ratio of the largest to the smallest. Its figures are timings, which no test asserts.
 */
class BenchCommandTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void twoSizesGiveOneTableWithAColumnEachAndTheirRatio() throws Exception {
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--events", "200,100",
                "--seed", "3", "--quick", "--keep", work.toString());
        assertThat(code).as("exit code; standard error: %s", err).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Events benchmark: seed 3, ").contains("cores", "max heap");
        assertThat(lines.get(1)).matches("figure +target +N=100 +N=200 +ratio 200/100");
        assertThat(lines).hasSize(2 + 4 + 7 * 4 + 5).noneMatch(l -> l.startsWith("HTTP"));
        assertThat(row(lines, "import (events/s)")).satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("≥ 2,000");
            assertThat(r.subList(1, 3)).allMatch(c -> c.matches(NUMBER + " (PASS|MISS)"));
        });
        assertThat(row(lines, "events page 1 p50 (ms)")).satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("≤ 5");
            assertThat(r.subList(1, 4)).allMatch(c -> c.matches(NUMBER + " (PASS|MISS)"));
        });
        assertThat(row(lines, "events page 50 p50 (ms)")).as("200 events have 20 pages").containsExactly(
                "n/a", "n/a", "n/a");
        assertThat(row(lines, "detail page p99 (ms)")).satisfies(r -> assertThat(r).hasSize(3)
                .allMatch(c -> NUMBER.matcher(c).matches()));
        assertThat(row(lines, "delivery API query p50 (ms)")).as("timed, with its ratio").satisfies(r -> {
            assertThat(r.subList(0, 2)).allMatch(c -> NUMBER.matcher(c).matches());
            assertThat(r.get(2)).matches(NUMBER + " (PASS|MISS)");
        });
        assertThat(row(lines, "delivery API query p50 from cache (ms)")).as("the page cache does not keep the API")
                .containsExactly("n/a", "n/a", "n/a");
        assertThat(row(lines, "heap after GC (MB)").get(1)).matches(NUMBER + " PASS");
        assertThat(Files.isDirectory(work.resolve("n200/data/public"))).as("--keep keeps the data").isTrue();
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--events", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--events takes numbers from 1 to 1000000");
    }

    @Test
    void theClusterRunTakesOneSizeOnlyAndNoKeptFolders() {
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--cluster", "--events",
                "100,200")).isEqualTo(2);
        assertThat(err.toString()).contains("--cluster takes one number of events (--events N), not 2");
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--cluster", "--keep",
                work.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--cluster does not take --keep or --reuse");
        assertThat(out.toString()).isEmpty();
    }

    /** @return the cells after the label of the row starting with {@code label}, split on runs of spaces */
    private static List<String> row(List<String> lines, String label) {
        String line = lines.stream().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow();
        return List.of(line.substring(label.length()).strip().split(" {2,}"));
    }
}
