package dev.events.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.version.Version;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.events.content.EventLookup;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.security.PasswordHasher;
import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.TestSite;

/**
 * 8 editors saving the same 4 events (and each one of its own), 2 publishers approving their publication requests
 * and 100 visitors reading
 * public pages, at once on loopback for 10 s ({@code -Pdurability-long}: 60 s; {@code -Ddurability.seconds=N}). No
 * save is lost: every acknowledged save is in the event's history, based on the very state it replaced (the
 * optimistic check let no save overwrite one it had not seen), and the event ends as the last of them; every other
 * save was refused with the conflict message. No answer is a 5xx, the run ends by itself (a thread dump otherwise),
 * and the public copies are whole versions. Prints the public pages' p99.
 */
@Tag("durability")
class ConcurrentUseTest {

    private static final boolean LONG = Boolean.getBoolean("durability.long");
    private static final int EDITORS = 8;
    private static final int SECONDS = Integer.getInteger("durability.seconds", LONG ? 60 : 10);
    private static final List<String> EVENTS = List.of("shared-event-1", "shared-event-2", "shared-event-3",
            "shared-event-4");
    private static final List<String> PAGES = List.of("/events", "/fr/events", "/events?sort=past",
            "/events/experts-visit-to-hamamatsu", "/fr/events/study-visit-prevention-of-radicalisation",
            "/events/world-refugee-day-2017", "/events/icc-2017-milestone-event.ics", "/events.ics",
            "/events.rss", "/fr/events.atom", "/sitemap.xml", "/.rest/delivery/events?limit=5",
            "/.rest/delivery/events/2017/experts-visit-to-hamamatsu");

    @Test
    void editorsPublishersAndVisitorsAtOnceLoseNoSaveGetNoServerErrorAndTheRunEnds() throws Exception {
        long seed = Long.getLong("durability.seed", System.nanoTime());
        try (TestSite site = TestSite.withSeedEvents()) {
            addUsers(site);
            site.clock().run();
            LoadReport report;
            try (WebServer server = site.startWebServer()) {
                createEvents(server.port());
                report = MixedLoad.run(server.port(), new MixedLoad.Settings(EDITORS, 2, 100,
                        Duration.ofSeconds(SECONDS), seed), EVENTS, PAGES);
            }
            System.out.println("ConcurrentUseTest (seed " + seed + "): " + report.summary());
            assertThat(report.threadDump()).as("thread dump of a run that deadlocked or did not end").isNull();
            assertThat(report.problems()).as("unexpected answers and errors").isEmpty();
            assertThat(report.visitorStatus().keySet()).as("statuses of public pages").containsOnly(200);
            checkNoSaveIsLost(site, report);
            assertThat(report.savesWith(303)).as("acknowledged saves").isPositive();
            assertThat(report.savesWith(409)).as("saves refused as conflicts: editors did overlap").isPositive();
            assertThat(report.published()).as("publications").isPositive();
        }
    }

    private static void checkNoSaveIsLost(TestSite site, LoadReport report) throws Exception {
        Session author = site.repositories().author().login(Workspaces.EVENTS);
        Session published = site.repositories().published().login(Workspaces.EVENTS);
        try {
            for (String name : allEvents()) {
                Node event = EventLookup.byName(author, name).orElseThrow();
                checkEvent(event, report.saves().stream().filter(s -> s.event().equals(name)).toList());
                Optional<Node> live = EventLookup.byName(published, name);
                if (live.isPresent()) {
                    assertThat(VersionContent.history(event)).as("public %s is a whole version", name)
                            .contains(VersionContent.of(live.get()));
                }
            }
        } finally {
            published.logout();
            author.logout();
        }
    }

    /** Checks an event's history against the saves made of it, and that it ends as its last version. */
    private static void checkEvent(Node event, List<EditorLoop.Save> saves) throws Exception {
        List<Version> versions = VersionContent.versions(event);
        List<String> titles = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        for (Version version : versions) {
            titles.add(version.getFrozenNode().getProperty("title").getString());
            stamps.add(version.getFrozenNode().getProperty(NodeTypes.LAST_MODIFIED).getString());
        }
        checkHistory(event.getName(), titles, stamps, saves);
        assertThat(VersionContent.of(event)).as("%s ends as its last version, %s", event.getName(),
                titles.get(titles.size() - 1))
                .isEqualTo(VersionContent.of(versions.get(versions.size() - 1).getFrozenNode()));
    }

    /**
     * Each acknowledged save is in the history, right after the state whose stamp its form carried; no refused save
     * is; and every save in the history was acknowledged.
     */
    private static void checkHistory(String name, List<String> titles, List<String> stamps,
            List<EditorLoop.Save> saves) {
        Map<String, EditorLoop.Save> acknowledged = saves.stream().filter(s -> s.status() == 303)
                .collect(Collectors.toMap(EditorLoop.Save::title, s -> s));
        Set<String> refused = saves.stream().filter(s -> s.status() == 409).map(EditorLoop.Save::title)
                .collect(Collectors.toSet());
        for (EditorLoop.Save save : acknowledged.values()) {
            int index = titles.indexOf(save.title());
            assertThat(index).as("acknowledged save %s of %s is in its history", save.title(), name).isPositive();
            assertThat(stamps.get(index - 1)).as("the state the save %s replaced is the one it was based on (else it "
                    + "overwrote a save it had not seen)", save.title()).isEqualTo(save.seen());
        }
        assertThat(titles).as("history of %s: no refused save", name).noneMatch(refused::contains);
        assertThat(titles.subList(1, titles.size())).as("history of %s: only acknowledged saves", name)
                .allMatch(acknowledged::containsKey);
    }

    /** Adds the users with bcrypt's lowest cost: ten logins at once would cost seconds at the default. */
    private static void addUsers(TestSite site) throws Exception {
        UserStore users = new UserStore(site.repositories(), new PasswordHasher(4), Clock.systemUTC());
        for (int i = 1; i <= EDITORS; i++) {
            users.add("editor" + i, Set.of(Role.EDITOR), LoggedIn.PASSWORD.toCharArray(), "test");
        }
        users.add("publisher1", Set.of(Role.PUBLISHER), LoggedIn.PASSWORD.toCharArray(), "test");
        users.add("publisher2", Set.of(Role.PUBLISHER), LoggedIn.PASSWORD.toCharArray(), "test");
    }

    /** @return every event the editors save: the shared ones and their own */
    private static List<String> allEvents() {
        List<String> all = new ArrayList<>(EVENTS);
        for (int i = 1; i <= EDITORS; i++) {
            all.add(MixedLoad.ownEvent(i));
        }
        return all;
    }

    private static void createEvents(int port) throws Exception {
        LoggedIn editor = LoggedIn.as(port, "editor1");
        for (String name : allEvents()) {
            String title = name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1).replace('-', ' ');
            HttpResponse<String> created = editor.client().postMultipart("/author/events/new",
                    EditorLoop.form(editor.csrf(), "", name, title), Map.of());
            assertThat(created.headers().firstValue("Location")).hasValue("/author/events/" + name + "?saved=1");
        }
    }
}
