package dev.events.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;
import dev.events.site.SiteResponse;

/** {@code render PATH}: prints the HTML a visitor gets; exits 1 when the page is an error page. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Print the HTML a visitor gets for PATH.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", description = "e.g. /events, /fr/events?page=2, /events/some-event")
    String path;

    @Option(names = "--now", paramLabel = "ISO-8601",
            description = "The time to render at, e.g. 2017-09-15T12:00:00+02:00")
    String now;

    @Override
    public Integer call() throws Exception {
        if (!path.startsWith("/")) {
            throw new ParameterException(spec.commandLine(), "PATH must start with '/': " + path);
        }
        try (EventsRuntime runtime = EventsRuntime.start(common.data, common.lightModules(), clock())) {
            SiteResponse response = runtime.get(PublicSite.class).handle(SiteRequest.parse(path));
            spec.commandLine().getOut().print(response.text());
            spec.commandLine().getOut().flush();
            if (response.status() >= 400) {
                spec.commandLine().getErr().println("events render: " + path + " answers HTTP " + response.status());
                return 1;
            }
            return 0;
        }
    }

    private Clock clock() {
        if (now == null) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.fixed(now.endsWith("Z") ? Instant.parse(now) : OffsetDateTime.parse(now).toInstant(),
                    ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "--now must be an ISO-8601 time with an offset, e.g. 2017-09-15T12:00:00+02:00: " + now);
        }
    }
}
