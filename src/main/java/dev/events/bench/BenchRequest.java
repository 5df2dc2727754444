package dev.events.bench;

import java.time.YearMonth;
import java.util.List;

/**
 * One public request the benchmark times.
 *
 * @param name    its label in the table
 * @param path    the path and query, or null when this build does not serve it yet (printed n/a); below
 *                {@value #DELIVERY}, a query of the delivery API
 * @param listing whether it is a listing, whose time at 100,000 events must stay within 1.5× its time at 1,000
 */
public record BenchRequest(String name, String path, boolean listing) {

    /** The name of the detail page's request, which must answer for the benchmark to go on. */
    static final String DETAIL = "detail page";
    /** The prefix of the delivery API's requests, which the page cache does not keep. */
    static final String DELIVERY = "/.rest/delivery/events";

    /**
     * The measured requests: adding one is a line.
     *
     * @param detail the name of an event, for its detail page
     * @param month  the month of the archive, a busy one
     */
    /** @return whether the delivery API answers it, not the public site */
    boolean delivery() {
        return path != null && path.startsWith(DELIVERY);
    }

    static List<BenchRequest> all(String detail, YearMonth month) {
        return List.of(
                new BenchRequest("events page 1", "/events", true),
                new BenchRequest("events page 50", "/events?page=50", true),
                new BenchRequest("category listing", "/events?category=" + EventGenerator.commonCategory(), true),
                new BenchRequest("month archive", "/events?month=" + month, true),
                new BenchRequest(DETAIL, "/events/" + detail, false),
                new BenchRequest("ICS feed", "/events.ics", false),
                new BenchRequest("delivery API query", DELIVERY + "?startDate[gte]=" + month.atDay(1)
                        + "&orderBy=startDate%20asc&limit=10", true));
    }
}
