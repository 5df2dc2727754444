package dev.events.bench;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.events.cli.EventsRuntime;
import dev.events.cli.Folders;
import dev.events.content.SortOrder;
import dev.events.content.Workspaces;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.site.DemoSite;
import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;

/**
 * One run at one number of events on a fresh data folder: generates the events, imports them through the real
 * {@link ImportService}, publishes them in one bulk publication through the real {@link Publisher}, then has
 * the folder measured ({@link Measurement}).
 */
final class BenchRun {

    private static final String USER = "bench";
    /** The events the archive's month is chosen from: those every run has. */
    private static final int SAMPLE = 1_000;

    private final Path lightModules;
    private final Clock clock;
    private final long seed;
    private final Measurement measurement;
    private final PrintWriter progress;

    BenchRun(Path lightModules, Clock clock, long seed, Latency.Budget budget, PrintWriter progress) {
        this.lightModules = lightModules;
        this.clock = clock;
        this.seed = seed;
        this.measurement = new Measurement(lightModules, clock, budget, progress);
        this.progress = progress;
    }

    /**
     * Events imported and published per second.
     *
     * @param imports      the import's rate
     * @param publications the bulk publication's rate
     */
    record Rates(double imports, double publications) {

        static final Rates NONE = new Rates(Double.NaN, Double.NaN);
    }

    /**
     * @param folder a folder of its own, emptied first; the data folder is {@code folder/data}
     * @param reuse  whether to measure the data folder a previous run left there, without importing (the import
     *               and publication rates are then n/a)
     */
    BenchResult run(int events, Path folder, boolean reuse) throws Exception {
        List<BenchRequest> requests = BenchRequest.all(detailName(events), busiestMonth());
        Path data = folder.resolve("data");
        if (reuse && Files.isDirectory(data)) {
            return measurement.measure(data, events, Rates.NONE, requests);
        }
        Folders.delete(folder);
        Files.createDirectories(folder);
        Path file = folder.resolve("events.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new EventGenerator(seed, LocalDate.now(clock)).write(out, events);
        }
        Rates rates = load(data, file, events);
        Files.delete(file);
        return measurement.measure(data, events, rates, requests);
    }

    /** @return the CPU time of the whole process, all threads, in nanoseconds: what a busy machine does not inflate */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * @return the month of the archive measured: the month most of the first {@value #SAMPLE} events start in,
     *         so that its page is as full at 1,000 events as at 100,000 (event {@code i} is the same at every N)
     */
    YearMonth busiestMonth() {
        EventGenerator generator = new EventGenerator(seed, LocalDate.now(clock));
        Map<YearMonth, Integer> counts = new TreeMap<>();
        for (int i = 0; i < SAMPLE; i++) {
            String start = String.valueOf(generator.event(i).get("startDate"));
            counts.merge(YearMonth.parse(start.substring(0, 7)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** @return the time the collectors spent so far, in seconds */
    private static double gcSeconds() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum() / 1e3;
    }

    /** @return the name of the event whose detail page is measured: the middle one */
    String detailName(int events) {
        return String.valueOf(new EventGenerator(seed, LocalDate.now(clock)).event(events / 2).get("name"));
    }

    private Rates load(Path data, Path file, int events) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, Measurement.settings(false))) {
            runtime.get(DemoSite.class).installPage(SortOrder.UPCOMING_FIRST);
            // a serving site: its catalog is loaded, and the publication updates it (and it is kept at close)
            runtime.get(PublicSite.class).handle(SiteRequest.parse("/events"));
            progress.printf("N=%,d: importing%n", events).flush();
            long start = System.nanoTime();
            long cpu = processCpu();
            double gc = gcSeconds();
            List<String> ids;
            try (InputStream in = Files.newInputStream(file)) {
                ids = runtime.get(ImportService.class).importEvents(in, file.getFileName().toString(), false, USER);
            }
            double imports = events / Measurement.seconds(start);
            progress.printf("N=%,d: imported at %,.0f events/s (%.1f s of CPU, %.1f s in GC); publishing%n", events,
                    imports, (processCpu() - cpu) / 1e9, gcSeconds() - gc).flush();
            start = System.nanoTime();
            cpu = processCpu();
            gc = gcSeconds();
            runtime.get(Publisher.class).publish(Workspaces.EVENTS, ids, USER);
            double publications = events / Measurement.seconds(start);
            progress.printf("N=%,d: published at %,.0f events/s (%.1f s of CPU, %.1f s in GC)%n", events,
                    publications, (processCpu() - cpu) / 1e9, gcSeconds() - gc).flush();
            return new Rates(imports, publications);
        }
    }
}
