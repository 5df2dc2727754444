package dev.events.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.events.cli.EventsRuntime;
import dev.events.config.SiteSettings;
import dev.events.content.Repositories;
import dev.events.delivery.DeliveryServlet;
import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;

/**
 * Measures a data folder in process: the cold start (a new runtime until {@code /events} answers), the server
 * time of each request through {@link PublicSite#handle} without the page cache and from it, the raw query, the
 * heap after a full GC, the first page without the catalog file, and the size on disk.
 */
final class Measurement {

    /** The raw query's name among the timed calls. */
    private static final String RAW = "raw query";

    private final Path lightModules;
    private final Clock clock;
    private final Latency.Budget budget;
    private final PrintWriter progress;

    Measurement(Path lightModules, Clock clock, Latency.Budget budget, PrintWriter progress) {
        this.lightModules = lightModules;
        this.clock = clock;
        this.budget = budget;
        this.progress = progress;
    }

    BenchResult measure(Path data, int events, BenchRun.Rates rates, List<BenchRequest> requests)
            throws Exception {
        progress.printf("N=%,d: cold start and server times%n", events).flush();
        Warm warm = coldStartAndTimes(data, requests);
        Map<String, Latency> cached = cached(data, requests);
        return new BenchResult(events, rates.imports(), rates.publications(), warm.coldStart(),
                coldStartWithoutFile(data), warm.times(), cached, warm.raw(), warm.heap(), megabytes(data), null);
    }

    /**
     * What one runtime measured, from its start.
     *
     * @param coldStart seconds to its first page
     * @param times     the server time of each request, without the page cache
     * @param raw       the raw query's
     * @param heap      MB used after a full GC, everything loaded
     */
    private record Warm(double coldStart, Map<String, Latency> times, Latency raw, double heap) {
    }

    private Warm coldStartAndTimes(Path data, List<BenchRequest> requests) throws Exception {
        System.gc();
        long start = System.nanoTime();
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, settings(false))) {
            int status = runtime.get(PublicSite.class).handle(SiteRequest.parse("/events")).status();
            double cold = seconds(start);
            check(runtime.get(PublicSite.class), status, requests);
            Map<String, Latency> times;
            try (RawQuery query = new RawQuery(runtime.get(Repositories.class), clock)) {
                times = new LinkedHashMap<>(times(runtime, requests, query));
            }
            Latency raw = times.remove(RAW);
            return new Warm(cold, times, raw, heapAfterGc());
        }
    }

    /** Fails when the pages measured are not there: the import or the publication failed. */
    private static void check(PublicSite site, int eventsPage, List<BenchRequest> requests) {
        if (eventsPage != 200) {
            throw new IllegalStateException("/events answered " + eventsPage + " after the import");
        }
        for (BenchRequest request : requests) {
            if (request.name().equals(BenchRequest.DETAIL)
                    && site.handle(SiteRequest.parse(request.path())).status() != 200) {
                throw new IllegalStateException(request.path() + " is not published: the publication failed");
            }
        }
    }

    private Map<String, Latency> cached(Path data, List<BenchRequest> requests) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, settings(true))) {
            return times(runtime, requests, null);
        }
    }

    /**
     * @param raw the raw query, timed with the requests, or null
     * @return the server time of each request that this build serves (200), the others left out; and of the raw
     *         query under {@link #RAW}
     */
    private Map<String, Latency> times(EventsRuntime runtime, List<BenchRequest> requests, RawQuery raw)
            throws Exception {
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        for (BenchRequest request : requests) {
            Callable<?> call = call(runtime, request, raw == null);
            if (call != null) {
                calls.put(request.name(), call);
            }
        }
        if (raw != null) {
            calls.put(RAW, raw::titles);
        }
        return Latency.measure(calls, budget);
    }

    /**
     * @param cached whether the page cache is measured: the delivery API has none, so it is left out
     * @return the request as a call, or null when this build does not serve it (an answer other than 200)
     */
    private static Callable<?> call(EventsRuntime runtime, BenchRequest request, boolean cached) throws Exception {
        if (request.path() == null || (cached && request.delivery())) {
            return null;
        }
        if (request.delivery()) {
            DeliveryServlet delivery = runtime.get(DeliveryServlet.class);
            int query = request.path().indexOf('?');
            String path = request.path().substring("/.rest".length(), query);
            String parameters = request.path().substring(query + 1);
            delivery.answer(path, parameters);
            return () -> delivery.answer(path, parameters);
        }
        PublicSite site = runtime.get(PublicSite.class);
        SiteRequest parsed = SiteRequest.parse(request.path());
        return site.handle(parsed).status() == 200 ? () -> site.handle(SiteRequest.parse(request.path())) : null;
    }

    /** @return seconds to the first page when the catalog file is missing, as after a crash: every event is read */
    private double coldStartWithoutFile(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("public"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("events-catalog")).toList()) {
                Files.delete(file);
            }
        }
        System.gc();
        long start = System.nanoTime();
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, settings(false))) {
            runtime.get(PublicSite.class).handle(SiteRequest.parse("/events"));
            return seconds(start);
        }
    }

    static SiteSettings settings(boolean pageCache) {
        return SiteSettings.DEFAULTS.withPageCache(pageCache);
    }

    private static double heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_048_576.0;
    }

    static double megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1_048_576.0;
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
