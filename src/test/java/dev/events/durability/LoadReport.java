package dev.events.durability;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link MixedLoad} did and got.
 *
 * @param saves         every editor save, with its answer
 * @param published     approvals that published
 * @param refused       publishers' claims and approvals answered 409 (taken by the other, handled, stale)
 * @param visitorNanos  the time of every public request, sorted
 * @param visitorStatus how many public requests got each status
 * @param problems      answers nobody was promised, errors, timeouts
 * @param threadDump    the threads, when the run did not end in time or deadlocked; else null
 */
record LoadReport(List<EditorLoop.Save> saves, int published, int refused, long[] visitorNanos,
        Map<Integer, Long> visitorStatus, List<String> problems, String threadDump, double seconds) {

    /** @return the {@code p}-th percentile of the public requests' times, in milliseconds */
    double visitorMillis(double p) {
        if (visitorNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * visitorNanos.length) - 1;
        return visitorNanos[Math.max(0, Math.min(index, visitorNanos.length - 1))] / 1e6;
    }

    /** @return the {@code p}-th percentile of the editors' save requests, in milliseconds */
    double saveMillis(double p) {
        long[] nanos = saves.stream().mapToLong(EditorLoop.Save::nanos).sorted().toArray();
        if (nanos.length == 0) {
            return Double.NaN;
        }
        return nanos[Math.max(0, Math.min((int) Math.ceil(p / 100 * nanos.length) - 1, nanos.length - 1))] / 1e6;
    }

    long savesWith(int status) {
        return saves.stream().filter(s -> s.status() == status).count();
    }

    String summary() {
        return String.format("%.0f s: public pages %d requests (%.0f/s), statuses %s, p50 %.1f ms, p90 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms; editors %d saves, %d refused as conflicts, save p50 %.0f ms, p99 %.0f ms; "
                + "publishers %d publications, %d answers 409", seconds, visitorNanos.length,
                visitorNanos.length / seconds, new TreeMap<>(visitorStatus), visitorMillis(50), visitorMillis(90),
                visitorMillis(99), visitorMillis(100), savesWith(303), savesWith(409), saveMillis(50), saveMillis(99),
                published, refused);
    }

    static long[] sorted(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }
}
