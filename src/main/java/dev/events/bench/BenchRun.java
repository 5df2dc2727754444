package dev.events.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.events.cli.EventsRuntime;
import dev.events.config.SiteSettings;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;
import dev.events.site.SiteResponse;

/**
 * One run at one number of events on a fresh data folder: generates the events, imports them through the real
 * {@link ImportService}, publishes them in one bulk publication through the real {@link Publisher}, then starts
 * a new runtime on the folder (the cold start) and times the public requests in process.
 */
final class BenchRun {

    private static final String USER = "bench";
    /** The raw query's name among the timed calls. */
    private static final String RAW = "raw query";

    private final Path lightModules;
    private final Clock clock;
    private final long seed;
    private final Latency.Budget budget;
    private final PrintWriter progress;

    BenchRun(Path lightModules, Clock clock, long seed, Latency.Budget budget, PrintWriter progress) {
        this.lightModules = lightModules;
        this.clock = clock;
        this.seed = seed;
        this.budget = budget;
        this.progress = progress;
    }

    /**
     * @param folder a folder of its own, emptied first; the data folder is {@code folder/data}
     * @param reuse  whether to measure the data folder a previous run left there, without importing (the import
     *               and publication rates are then n/a)
     */
    BenchResult run(int events, Path folder, boolean reuse) throws Exception {
        List<BenchRequest> requests = BenchRequest.all(detailName(events), YearMonth.now(clock));
        if (reuse && Files.isDirectory(folder.resolve("data"))) {
            return measure(folder.resolve("data"), events, new double[] {Double.NaN, Double.NaN}, requests);
        }
        dev.events.cli.Folders.delete(folder);
        Files.createDirectories(folder);
        Path data = folder.resolve("data");
        EventGenerator generator = new EventGenerator(seed, LocalDate.now(clock));
        Path file = folder.resolve("events.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            generator.write(out, events);
        }
        double[] rates = load(data, file, events);
        Files.delete(file);
        return measure(data, events, rates, requests);
    }

    /** @return the name of the event whose detail page is measured: the middle one */
    String detailName(int events) {
        return String.valueOf(new EventGenerator(seed, LocalDate.now(clock)).event(events / 2).get("name"));
    }

    /** @return the import and publication rates, events per second */
    private double[] load(Path data, Path file, int events) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, settings(false))) {
            BenchSite.install(runtime.get(Repositories.class), runtime.get(Publisher.class), clock);
            // a serving site: its catalog is loaded, and the publication updates it (and it is kept at close)
            runtime.get(PublicSite.class).handle(SiteRequest.parse("/events"));
            progress.printf("N=%,d: importing%n", events).flush();
            long start = System.nanoTime();
            List<String> ids;
            try (InputStream in = Files.newInputStream(file)) {
                ids = runtime.get(ImportService.class).importEvents(in, file.getFileName().toString(), false, USER);
            }
            double importRate = events / seconds(start);
            progress.printf("N=%,d: imported at %,.0f events/s; publishing%n", events, importRate).flush();
            start = System.nanoTime();
            runtime.get(Publisher.class).publish(Workspaces.EVENTS, ids, USER);
            return new double[] {importRate, events / seconds(start)};
        }
    }

    private BenchResult measure(Path data, int events, double[] rates, List<BenchRequest> requests)
            throws Exception {
        System.gc();
        progress.printf("N=%,d: cold start and server times%n", events).flush();
        long start = System.nanoTime();
        Map<String, Latency> uncached;
        Latency raw;
        double cold;
        double heap;
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, settings(false))) {
            SiteResponse first = runtime.get(PublicSite.class).handle(SiteRequest.parse("/events"));
            cold = seconds(start);
            if (first.status() != 200) {
                throw new IllegalStateException("/events answered " + first.status() + " after the import");
            }
            checkPublished(runtime.get(PublicSite.class), requests);
            try (RawQuery query = new RawQuery(runtime.get(Repositories.class), clock)) {
                uncached = new LinkedHashMap<>(times(runtime, requests, query));
            }
            raw = uncached.remove(RAW);
            heap = heapAfterGc();
        }
        Map<String, Latency> cached = PageCacheSupport.available() ? cached(data, requests) : Map.of();
        double walk = coldStartWithoutCatalogFile(data);
        return new BenchResult(events, rates[0], rates[1], cold, walk, uncached, cached, raw, heap, megabytes(data),
                null);
    }

    /** @return seconds to the first page when the catalog file is missing, as after a crash: every event is read */
    private double coldStartWithoutCatalogFile(Path data) throws Exception {
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
        PublicSite site = runtime.get(PublicSite.class);
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        for (BenchRequest request : requests) {
            if (request.path() != null && site.handle(SiteRequest.parse(request.path())).status() == 200) {
                calls.put(request.name(), () -> site.handle(SiteRequest.parse(request.path())));
            }
        }
        if (raw != null) {
            calls.put(RAW, raw::titles);
        }
        return Latency.measure(calls, budget);
    }

    /** Fails when the event of the detail page is not public: the publication did not publish everything. */
    private static void checkPublished(PublicSite site, List<BenchRequest> requests) {
        for (BenchRequest request : requests) {
            if (request.name().equals(BenchRequest.DETAIL) && site.handle(SiteRequest.parse(request.path()))
                    .status() != 200) {
                throw new IllegalStateException(request.path() + " is not published: the publication failed");
            }
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
