package dev.events.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

/** Each request is timed in slices of its own: a slow one neither starves nor slows a fast one. */
class LatencyTest {

    private static final Latency.Budget BUDGET = new Latency.Budget(20_000_000L, 200_000_000L, 20, 500);

    @Test
    void everyRequestGetsItsFewestSamplesAndNoMoreThanItsMost() throws Exception {
        int[] slowCalls = {0};
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        calls.put("fast", () -> 1);
        calls.put("slow", () -> {
            slowCalls[0]++;
            Thread.sleep(15);
            return 2;
        });
        Map<String, Latency> latencies = Latency.measure(calls, BUDGET);
        assertThat(latencies.get("fast").samples()).isEqualTo(BUDGET.maxRounds());
        assertThat(latencies.get("slow").samples()).isBetween(BUDGET.minRounds(), BUDGET.maxRounds());
        assertThat(latencies.get("slow").p50()).isGreaterThanOrEqualTo(15);
        assertThat(latencies.get("fast").p50()).as("the slow call's time is not the fast one's").isLessThan(1);
        assertThat(slowCalls[0]).as("warm-up rounds and samples").isGreaterThan(latencies.get("slow").samples());
    }

    @Test
    void aSliceTimesOneRequestAloneBeforeTheNextTakesItsTurn() throws Exception {
        StringBuilder order = new StringBuilder();
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        calls.put("a", () -> order.append('a'));
        calls.put("b", () -> order.append('b'));
        Latency.measure(calls, new Latency.Budget(0, 100_000_000L, 1, 200));
        String timed = order.substring(2);
        assertThat(timed).contains("aa").contains("bb").matches("a+b+(a+b+)*a*b*");
    }
}
