package dev.events.publish;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Session;

import dev.events.cli.EventsRuntime;
import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.Workspaces;

/**
 * The process {@link PublicationKillTest} kills: on a data folder prepared with {@link #EVENTS} events, it
 * rewrites every event on author with the next version marker and publishes them one event per call, forever,
 * printing {@code published NAME vK} on standard output once each publication returned.
 *
 * <p>Arguments: {@code DATA LIGHT_MODULES}. Standard output carries only the protocol lines; logs go to standard
 * error.
 */
final class PublishLoop {

    /** How many events the loop rewrites and publishes. */
    static final int EVENTS = 20;
    static final String TITLE_PREFIX = "Kill test v";

    private PublishLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path lightModules = Path.of(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        EventsRuntime runtime = EventsRuntime.start(data, lightModules, Clock.systemUTC());
        ImportService imports = runtime.get(ImportService.class);
        Publisher publisher = runtime.get(Publisher.class);
        int version = authorVersion(runtime) + 1;
        out.println("started v" + version);
        for (;; version++) {
            List<String> ids = imports.importEvents(json(version), "kill-test-v" + version, false, "killtest");
            out.println("written v" + version);
            for (int i = 0; i < ids.size(); i++) {
                publisher.publish(Workspaces.EVENTS, List.of(ids.get(i)), "killtest");
                out.println("published " + name(i) + " v" + version);
            }
        }
    }

    /** @return the version the author holds (the highest ever written: author is written before publication) */
    private static int authorVersion(EventsRuntime runtime) throws Exception {
        Session author = runtime.get(dev.events.content.Repositories.class).author().login(Workspaces.EVENTS);
        try {
            String title = EventLookup.byName(author, name(0)).orElseThrow()
                    .getProperty(EventProperties.TITLE).getString();
            return Integer.parseInt(title.substring(TITLE_PREFIX.length()));
        } finally {
            author.logout();
        }
    }

    static String name(int i) {
        return "kill-test-" + i;
    }

    /** @return an import file of all the events at this version: every marker says {@code v<version>} */
    static InputStream json(int version) {
        String v = "v" + version;
        List<String> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add("{\"name\": \"" + name(i) + "\", \"title\": \"" + TITLE_PREFIX + version + "\", "
                    + "\"startDate\": \"2030-01-" + String.format("%02d", i + 1) + "\", \"allDay\": true, "
                    + "\"timeZone\": \"Europe/Paris\", \"city\": \"Paris\", \"country\": \"FR\", "
                    + "\"teaser\": \"" + v + "\", "
                    + "\"links\": [{\"label\": \"" + v + "\", \"href\": \"https://example.org/" + v + "\"}]}");
        }
        String file = "{\"events\": [\n" + String.join(",\n", events) + "\n]}";
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }
}
