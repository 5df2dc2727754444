package dev.events.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The HTTP run reads requests per second and the 99th percentile from wrk's report, in any unit. */
class WrkTest {

    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:41234/events
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     4.12ms    2.01ms  40.31ms   88.12%
                Req/Sec     1.95k   210.44     2.40k    71.50%
              Latency Distribution
                 50%    3.80ms
                 75%    4.90ms
                 90%    6.20ms
                 99%  P99
              38870 requests in 10.01s, 1.21GB read
            Requests/sec:   3883.12
            Transfer/sec:    123.45MB
            """;

    @Test
    void readsTheRateAndTheNinetyNinthPercentileInMilliseconds() {
        assertThat(Wrk.parse("u", report("12.50ms"))).isEqualTo(new BenchResult.Throughput(3883.12, 12.5));
        assertThat(Wrk.parse("u", report("850.00us")).p99()).isEqualTo(0.85);
        assertThat(Wrk.parse("u", report("1.20s")).p99()).isEqualTo(1200.0);
    }

    private static String report(String p99) {
        return REPORT.replace("P99", p99);
    }

    @Test
    void errorResponsesOrAMissingReportAreRefused() {
        assertThatThrownBy(() -> Wrk.parse("http://x/events", report("1.00ms")
                + "  Non-2xx or 3xx responses: 12\n")).hasMessageContaining("http://x/events");
        assertThatThrownBy(() -> Wrk.parse("u", "unable to connect")).hasMessageContaining("unable to connect");
    }
}
