package dev.events.bench;

import java.util.function.DoublePredicate;

/**
 * What a figure must reach, as printed next to it.
 *
 * @param text how the table shows it, e.g. {@code ≥ 2,000}
 * @param met  whether a value reaches it
 */
record Target(String text, DoublePredicate met) {

    static final Target NONE = new Target("", v -> true);

    static Target atLeast(double value) {
        return new Target("≥ " + BenchTable.number(value), v -> v >= value);
    }

    static Target atMost(double value) {
        return new Target("≤ " + BenchTable.number(value), v -> v <= value);
    }

    boolean exists() {
        return this != NONE;
    }

    /** @return PASS or MISS for a value, nothing when there is no target */
    String mark(double value) {
        return !exists() ? "" : met.test(value) ? " PASS" : " MISS";
    }
}
