package dev.events.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --cluster} end to end at 50 events: a throw-away PostgreSQL, two public JVMs and HAProxy, loaded by
 * wrk (which fails the run on any answer but 2xx). It needs wrk, haproxy and PostgreSQL ({@code .ci/run} installs
 * them) and fails, never skips, without them. Its figures are timings, which no test asserts.
 */
@Tag("cluster")
class BenchClusterCommandTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void oneNodeAndTwoBehindHaProxyGiveOneTableSideBySideAndLeaveNothingRunning() throws Exception {
        Set<Path> before = benchFolders();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--cluster", "--events",
                "50", "--seed", "3", "--quick");
        assertThat(code).as("exit code; standard error: %s", err).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Events cluster benchmark: N=50, seed 3, ").contains("cores");
        assertThat(lines.get(1)).matches("figure +one node +HAProxy, one node +HAProxy, two nodes +two / one");
        assertThat(lines.subList(2, lines.size())).extracting(l -> l.replaceAll(" {2,}.*", "")).containsExactly(
                "/events (requests/s)", "/events p99 (ms)", "detail page (requests/s)", "detail page p99 (ms)");
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = List.of(line.split(" {2,}"));
            assertThat(cells.subList(1, cells.size())).as(line).hasSize(4).allMatch(c -> NUMBER.matcher(c)
                    .matches() && Double.parseDouble(c.replace(",", "")) > 0);
        }
        assertThat(err.toString()).contains("starting two public nodes", "one node directly",
                "one node behind HAProxy", "two nodes behind HAProxy");
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(p -> p.info().command()
                .orElse("?")).toList()).as("the public nodes and HAProxy are stopped").isEmpty();
        assertThat(benchFolders()).as("the folders of the run (PostgreSQL's too) are deleted").isEqualTo(before);
    }

    private static Set<Path> benchFolders() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(f -> f.getFileName().toString().startsWith("events-bench-cluster")
                    || f.getFileName().toString().startsWith("events-postgres")).collect(Collectors.toSet());
        }
    }
}
