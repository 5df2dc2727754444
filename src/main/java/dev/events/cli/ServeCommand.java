package dev.events.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.security.DemoUsers;
import dev.events.security.Role;
import dev.events.security.User;

import dev.events.author.AuthorServlet;
import dev.events.config.SiteSettings;
import dev.events.content.Topology;
import dev.events.delivery.DeliveryServlet;
import dev.events.publish.WorkflowScheduler;
import dev.events.publish.WorkflowService;
import dev.events.site.DemoSite;
import dev.events.site.NotFoundServlet;
import dev.events.site.PublicSite;
import dev.events.site.WebResources;
import dev.events.site.WebServer;

/** {@code serve}: starts the server; {@code /health} answers 200 once it is ready. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the server.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--port", defaultValue = "8080", description = "The HTTP port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The public address of the site, for absolute links in feeds, calendars and sitemaps. "
                    + "Default: http://localhost:PORT")
    java.net.URI baseUrl;

    @Option(names = "--feed-past-days", paramLabel = "DAYS", defaultValue = "90",
            description = "How far back /events.ics reaches without 'from'. Default: ${DEFAULT-VALUE}")
    int feedPastDays;

    @Option(names = "--feed-horizon-days", paramLabel = "DAYS", defaultValue = "365",
            description = "How far ahead /events.ics reaches without 'to'. Default: ${DEFAULT-VALUE}")
    int feedHorizonDays;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", defaultValue = "*", split = ",",
            description = "Origins allowed to read the delivery API from browsers (repeatable). "
                    + "Default: ${DEFAULT-VALUE}")
    java.util.List<String> corsOrigins;

    @Option(names = "--no-page-cache", description = "Render every public page on each request (for measurements).")
    boolean noPageCache;

    @Option(names = "--demo", description = "Add the demo page and events when they are not there yet.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        Topology topology = topology();
        EventsRuntime runtime = EventsRuntime.start(common.data, common.lightModules(), Clock.systemDefaultZone(),
                settings(), topology);
        boolean authors = topology.role().authors();
        WebServer server = null;
        try {
            if (demo) {
                runtime.get(DemoSite.class).install();
                printDemoUsers(runtime.get(DemoUsers.class).install());
            }
            // a public process answers /author/* with the site's 404 page: it has no author repository
            server = new WebServer(port, runtime.get(PublicSite.class), runtime.get(WebResources.class),
                    authors ? runtime.get(AuthorServlet.class) : new NotFoundServlet(),
                    runtime.get(DeliveryServlet.class));
            server.start();
        } catch (Exception e) {
            stop(server, runtime);
            throw e;
        }
        log.info("Serving http://localhost:{}/events (data: {}, role {}{})", server.port(),
                common.data.toAbsolutePath(), topology.role().value(), topology.clustered()
                        .map(db -> ", cluster node " + db.nodeId() + " of " + db.address()).orElse(""));
        WebServer started = server;
        WorkflowScheduler scheduler = authors ? new WorkflowScheduler(runtime.get(WorkflowService.class)) : null;
        // the hook, not the main thread, closes the repositories: the JVM waits for hooks, not for main
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(scheduler);
            stop(started, runtime);
        }));
        server.join();
        return 0;
    }

    private Topology topology() {
        try {
            return cluster.topology(System.getenv(), demo);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private SiteSettings settings() {
        java.net.URI url = baseUrl != null ? baseUrl : java.net.URI.create("http://localhost:" + port);
        try {
            return new SiteSettings(url, feedPastDays, feedHorizonDays, corsOrigins, !noPageCache);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void closeQuietly(WorkflowScheduler scheduler) {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows the passwords of the demo users created now, once: they are stored hashed only. */
    private void printDemoUsers(Map<User, String> created) {
        PrintWriter out = spec.commandLine().getOut();
        created.forEach((user, password) -> out.println("Demo user " + user.name() + " ("
                + EnumSet.copyOf(user.roles()).stream().map(Role::value).collect(Collectors.joining(", "))
                + "): password " + password));
        out.flush();
    }

    private static void stop(WebServer server, EventsRuntime runtime) {
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            log.warn("Stopping the server: {}", e.getMessage());
        } finally {
            // the repositories must close even when Jetty's stop fails, or the next start finds them locked
            runtime.close();
        }
    }
}
