package dev.events.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import dev.events.author.AuthorServlet;
import dev.events.cli.EventsRuntime;
import dev.events.cli.Folders;
import dev.events.delivery.DeliveryServlet;
import dev.events.site.PublicSite;
import dev.events.site.WebResources;
import dev.events.site.WebServer;

/**
 * The HTTP run: the real server (Jetty, with the settings of {@code serve}) on loopback on a run's data folder,
 * loaded by {@code wrk} on {@code /events}, a detail page, and a static file of the events page's size that the
 * same Jetty serves from the web resources: what the rendering costs against serving bytes.
 */
final class HttpBench {

    /** The Debian package of the load generator, which the benchmark does not install itself. */
    static final String INSTALL = "apt-get install -y wrk";
    static final String STATIC_FILE = "events/webresources/bench/static.css";
    private static final String LOOPBACK = "127.0.0.1";

    private final Path lightModules;
    private final Clock clock;
    private final PrintWriter progress;
    private final Wrk wrk = new Wrk();

    HttpBench(Path lightModules, Clock clock, PrintWriter progress) {
        this.lightModules = lightModules;
        this.clock = clock;
        this.progress = progress;
    }

    /** @return a copy of the light modules in {@code work}, where the static file can be written */
    static Path lightModulesWithStaticFile(Path lightModules, Path work) throws IOException {
        Path copy = work.resolve("light-modules");
        Folders.delete(copy);
        Folders.copy(lightModules, copy);
        return copy;
    }

    BenchResult.HttpFigures measure(Path data, String detailName) throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, Measurement.settings(true))) {
            WebServer server = new WebServer(LOOPBACK, 0, runtime.get(PublicSite.class),
                    runtime.get(WebResources.class), runtime.get(AuthorServlet.class),
                    runtime.get(DeliveryServlet.class));
            server.start();
            try {
                String base = "http://" + LOOPBACK + ":" + server.port();
                writeStaticFile(get(base + "/events").length);
                progress.println("HTTP: wrk on /events, a detail page and a static file of the same size");
                progress.flush();
                return new BenchResult.HttpFigures(wrk.run(base + "/events"),
                        wrk.run(base + "/events/" + detailName), wrk.run(base + "/.resources/" + STATIC_FILE));
            } finally {
                server.close();
            }
        }
    }

    /** Writes a style sheet of exactly {@code size} bytes: a comment of filler. */
    private void writeStaticFile(int size) throws IOException {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] open = "/*".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, bytes, 0, open.length);
        bytes[size - 2] = '*';
        bytes[size - 1] = '/';
        Path file = lightModules.resolve(STATIC_FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] get(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
