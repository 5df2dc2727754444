package dev.events.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.events.site.DemoSite;
import dev.events.site.PublicSite;
import dev.events.site.SiteServlet;
import dev.events.site.WebResources;
import dev.events.site.WebServer;

/** {@code serve}: starts the server; {@code /health} answers 200 once it is ready. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the server.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "8080", description = "The HTTP port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--demo", description = "Add the demo page and events when they are not there yet.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        try (EventsRuntime runtime = EventsRuntime.start(common.data, common.lightModules(), Clock.systemDefaultZone())) {
            if (demo) {
                runtime.get(DemoSite.class).install();
            }
            try (WebServer server = new WebServer(port, new SiteServlet(runtime.get(PublicSite.class),
                    runtime.get(WebResources.class)))) {
                server.start();
                log.info("Serving http://localhost:{}/events (data: {})", server.port(), common.data.toAbsolutePath());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
                server.join();
            }
        }
        return 0;
    }

    private static void stop(WebServer server) {
        try {
            server.close();
        } catch (Exception e) {
            log.warn("Stopping the server: {}", e.getMessage());
        }
    }
}
