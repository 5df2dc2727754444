package dev.events.bench;

import java.util.Map;

/**
 * The figures of one run at one number of events.
 *
 * @param events      how many events were generated, imported and published
 * @param importRate  events imported per second
 * @param publishRate events published per second (one bulk publication)
 * @param coldStart   seconds from a new runtime on the data folder to the first {@code /events} page, after a
 *                    clean shutdown (the catalog file is current)
 * @param coldWalk    the same without the catalog file, as after a crash: every event is read
 * @param uncached    server time of each request without the page cache, by request name; n/a ones are absent
 * @param cached      the same from the page cache; empty when this build has none
 * @param rawQuery    the upcoming listing's first page as one XPath query alone
 * @param heapMb      heap used after a full GC, the catalog loaded, in MB
 * @param diskMb      the data folder's size, in MB
 * @param http        requests per second through Jetty, or null without {@code --http}
 */
public record BenchResult(int events, double importRate, double publishRate, double coldStart, double coldWalk,
        Map<String, Latency> uncached, Map<String, Latency> cached, Latency rawQuery, double heapMb, double diskMb,
        HttpFigures http) {

    /** @return the same figures with those of the HTTP run */
    BenchResult withHttp(HttpFigures figures) {
        return new BenchResult(events, importRate, publishRate, coldStart, coldWalk, uncached, cached, rawQuery, heapMb,
                diskMb, figures);
    }

    /**
     * Requests per second and 99th percentile latency of one URL under load, from the load generator.
     *
     * @param requestsPerSecond the throughput
     * @param p99               milliseconds
     */
    public record Throughput(double requestsPerSecond, double p99) {
    }

    /**
     * @param eventsPage  {@code /events}
     * @param detail      a detail page
     * @param staticFile  a static file of the events page's size, from the same Jetty
     */
    public record HttpFigures(Throughput eventsPage, Throughput detail, Throughput staticFile) {

        /** @return the events page's requests per second as a share of the static file's, in percent */
        public double eventsPageShare() {
            return 100 * eventsPage.requestsPerSecond() / staticFile.requestsPerSecond();
        }
    }
}
