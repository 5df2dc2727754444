package dev.events.bench;

import java.time.YearMonth;
import java.util.List;

/**
 * One public request the benchmark times.
 *
 * @param name    its label in the table
 * @param path    the path and query, or null when this build does not serve it yet (printed n/a)
 * @param listing whether it is a listing, whose time at 100,000 events must stay within 1.5× its time at 1,000
 */
public record BenchRequest(String name, String path, boolean listing) {

    /** The name of the detail page's request, which must answer for the benchmark to go on. */
    static final String DETAIL = "detail page";

    /**
     * The measured requests: adding one is a line.
     *
     * @param detail the name of an event, for its detail page
     * @param month  the month of the archive, a busy one
     */
    static List<BenchRequest> all(String detail, YearMonth month) {
        return List.of(
                new BenchRequest("events page 1", "/events", true),
                new BenchRequest("events page 50", "/events?page=50", true),
                new BenchRequest("category listing", "/events?category=" + EventGenerator.commonCategory(), true),
                new BenchRequest("month archive", "/events?month=" + month, true),
                new BenchRequest(DETAIL, "/events/" + detail, false),
                new BenchRequest("ICS feed", "/events.ics", false),
                // the delivery API (/.rest/delivery/events) is not in this build yet
                new BenchRequest("delivery API query", null, true));
    }
}
