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

import dev.events.cli.EventsRuntime;
import dev.events.cli.Folders;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;

/**
 * One run at one number of events on a fresh data folder: generates the events, imports them through the real
 * {@link ImportService}, publishes them in one bulk publication through the real {@link Publisher}, then has
 * the folder measured ({@link Measurement}).
 */
final class BenchRun {

    private static final String USER = "bench";

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
        List<BenchRequest> requests = BenchRequest.all(detailName(events), YearMonth.now(clock));
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

    /** @return the name of the event whose detail page is measured: the middle one */
    String detailName(int events) {
        return String.valueOf(new EventGenerator(seed, LocalDate.now(clock)).event(events / 2).get("name"));
    }

    private Rates load(Path data, Path file, int events) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, Measurement.settings(false))) {
            BenchSite.install(runtime.get(Repositories.class), runtime.get(Publisher.class), clock);
            // a serving site: its catalog is loaded, and the publication updates it (and it is kept at close)
            runtime.get(PublicSite.class).handle(SiteRequest.parse("/events"));
            progress.printf("N=%,d: importing%n", events).flush();
            long start = System.nanoTime();
            List<String> ids;
            try (InputStream in = Files.newInputStream(file)) {
                ids = runtime.get(ImportService.class).importEvents(in, file.getFileName().toString(), false, USER);
            }
            double imports = events / Measurement.seconds(start);
            progress.printf("N=%,d: imported at %,.0f events/s; publishing%n", events, imports).flush();
            start = System.nanoTime();
            runtime.get(Publisher.class).publish(Workspaces.EVENTS, ids, USER);
            return new Rates(imports, events / Measurement.seconds(start));
        }
    }
}
