package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.content.EventLookup;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.publish.WorkflowService;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RepositoryFingerprint;
import dev.events.testing.TestSite;

/**
 * Every route of the author UI, GET and POST, against each kind of user, over real HTTP, as a table: the
 * expected status per role. Each cell acts on fresh content made for it ({@code {event}}, {@code {task}}, ...), so
 * that no cell depends on another. A 403 (and every GET) writes nothing in either repository; an allowed POST
 * writes. Then every POST again, as an administrator (who may do everything), without the session's CSRF token and
 * with a wrong one: 403, nothing written.
 */
class AuthorizationMatrixHttpTest {

    /**
     * The authorization of the author UI. Columns: method, address, form ({@code &}-separated, {@code -} for
     * none), then the status for an anonymous visitor, an editor, a publisher and an administrator. Anonymous GETs
     * are sent to the login page (303); anonymous POSTs have no session, hence no CSRF token (403). Publishers
     * edit events like editors (they request, and four eyes keep them from approving their own requests) but
     * never change pages; only publishers decide on requests; only administrators read the audit trail.
     */
    private static final String MATRIX = """
            GET  /author/events                                   -                               303 200 200 200
            GET  /author/events?q=visit&sort=title                -                               303 200 200 200
            GET  /author/events/new                               -                               303 200 200 200
            GET  /author/events/{event}                           -                               303 200 200 200
            GET  /author/tasks                                    -                               303 200 200 200
            GET  /author/trash                                    -                               303 200 200 200
            GET  /author/import                                   -                               303 200 200 200
            GET  /author/audit.csv                                -                               303 403 403 200
            GET  /author/dam/{asset}                              -                               303 200 200 200
            GET  /author/pages                                    -                               303 200 200 200
            GET  /author/pages/{page}                             -                               303 200 200 200
            GET  /author/pages/{page}/properties                  -                               303 200 200 200
            GET  /author/pages/{page}/delete                      -                               303 200 200 200
            GET  /author/pages/{page}/areas/main/components/0     -                               303 200 200 200
            POST /author/events/new                               {new-event}                     403 303 303 303
            POST /author/events/{event}                           {save-event}                    403 303 303 303
            POST /author/events/{event}/restore                   version={version}               403 303 303 303
            POST /author/events/{event}/delete                    -                               403 303 303 303
            POST /author/events/{event}/request-publication       comment=please                  403 303 303 303
            POST /author/events/{published}/request-unpublication comment=withdraw                403 303 303 303
            POST /author/tasks/{task}/claim                       -                               403 403 303 303
            POST /author/tasks/{claimed}/approve                  -                               403 403 303 303
            POST /author/tasks/{claimed}/reject                   comment=not%20yet               403 403 303 303
            POST /author/trash/{trashed}/restore                  -                               403 303 303 303
            POST /author/trash/{trashed}/purge                    -                               403 303 303 303
            POST /author/import                                   {import-file}                   403 200 200 200
            POST /author/pages/new                                parent=/&name={fresh}&title=New&template=events:pages/content-page  403 303 403 303
            POST /author/pages/{page}/rename                      name={fresh}                    403 303 403 303
            POST /author/pages/{page}/move                        parent=/events                  403 303 403 303
            POST /author/pages/{page}/order                       direction=up                    403 303 403 303
            POST /author/pages/{page}/delete                      -                               403 303 403 303
            POST /author/pages/{page}/properties                  title=Renamed                   403 303 403 303
            POST /author/pages/{page}/areas/main/add              template=events:components/event-teaser  403 303 403 303
            POST /author/pages/{page}/areas/main/components/0     title=Upcoming&maxItems=5       403 303 403 303
            POST /author/pages/{page}/areas/main/components/0/move   direction=down               403 303 403 303
            POST /author/pages/{page}/areas/main/components/0/delete -                            403 303 403 303
            POST /author/pages/{page}/request-publication         comment=please                  403 303 403 303
            POST /author/pages/{live-page}/request-unpublication  comment=withdraw                403 303 403 303
            POST /author/logout                                   -                               403 303 303 303
            """;
    private static final List<String> ROLES = List.of("anonymous", "editor", "publisher", "admin");
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");
    private static final AtomicInteger counter = new AtomicInteger();

    private static TestSite site;
    private static WebServer server;
    private static Map<String, AuthorClient> clients;
    private static AuthorClient eric;
    private static String asset;

    /** One row of the table. */
    private record Route(String method, String path, String form, List<Integer> statuses) {

        static Route parse(String line) {
            String[] cells = line.strip().split("\\s+");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 3; i < 7; i++) {
                statuses.add(Integer.parseInt(cells[i]));
            }
            return new Route(cells[0], cells[1], cells[2], statuses);
        }

        boolean writes() {
            return method.equals("POST") && !path.equals("/author/logout");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        users.add("peter", Set.of(Role.PUBLISHER), PASSWORD.toCharArray(), "test");
        users.add("ada", Set.of(Role.ADMIN), PASSWORD.toCharArray(), "test");
        users.add("requester", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        eric = new AuthorClient(server.port());
        eric.logIn("eric", PASSWORD);
        clients = new LinkedHashMap<>();
        clients.put("anonymous", new AuthorClient(server.port()));
        clients.put("editor", eric);
        clients.put("publisher", logIn("peter"));
        clients.put("admin", logIn("ada"));
        asset = upload();
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @Test
    void everyRouteAnswersEachRoleAsTheTableSaysAndOnlyAllowedPostsWrite() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            Route route = Route.parse(line);
            for (int r = 0; r < ROLES.size(); r++) {
                String role = ROLES.get(r);
                int expected = route.statuses().get(r);
                Map<String, String> values = fixtures(route, role);
                String path = fill(route.path(), values);
                List<String> before = repositories();
                int status = send(role, route, path, values, csrf(role)).statusCode();
                boolean wrote = !repositories().equals(before);
                boolean shouldWrite = route.writes() && expected < 400;
                if (status != expected || wrote != shouldWrite) {
                    mismatches.add(String.format("%s %s as %s: %d (expected %d), %s", route.method(), path, role,
                            status, expected, wrote ? "wrote" : "wrote nothing"));
                }
                if (route.path().equals("/author/logout") && status == 303) {
                    clients.put(role, logIn(role.equals("editor") ? "eric" : role.equals("admin") ? "ada" : "peter"));
                    eric = clients.get("editor");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndBackToWhereTheyWere() throws Exception {
        HttpResponse<String> answer = clients.get("anonymous").get("/author/pages/events?x=1");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/author/login?next=%2Fauthor%2Fpages%2Fevents");
    }

    @Test
    void everyPostWithoutOrWithAWrongCsrfTokenIsForbiddenAndWritesNothing() throws Exception {
        for (String line : MATRIX.strip().split("\n")) {
            Route route = Route.parse(line);
            if (!route.method().equals("POST")) {
                continue;
            }
            for (String token : List.of("", "forged-" + csrf("admin").substring(7), csrf("editor"))) {
                Map<String, String> values = fixtures(route, "admin");
                String path = fill(route.path(), values);
                List<String> before = repositories();
                HttpResponse<String> answer = send("admin", route, path, values, token);
                assertThat(answer.statusCode()).as("%s with token '%s'", path, token).isEqualTo(403);
                assertThat(Jsoup.parse(answer.body()).text()).as(path).contains("did not come from this site");
                assertThat(repositories()).as("%s with token '%s' wrote", path, token).isEqualTo(before);
            }
        }
        assertThat(clients.get("admin").get("/author/events").statusCode()).as("still logged in").isEqualTo(200);
    }

    /** Makes the content a cell acts on; @return the placeholders' values and the form's extra fields */
    private static Map<String, String> fixtures(Route route, String role) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(route.path() + " " + route.form());
        while (placeholders.find()) {
            String name = placeholders.group(1);
            if (!values.containsKey(name)) {
                values.put(name, fixture(name, role, values));
            }
        }
        return values;
    }

    private static String fixture(String name, String role, Map<String, String> values) throws Exception {
        return switch (name) {
            case "event" -> newEvent();
            case "version" -> Jsoup.parse(eric.get("/author/events/" + values.get("event")).body())
                    .select(".author-history__version").first().attr("data-version");
            case "published" -> published(newEvent());
            case "trashed" -> trashed(newEvent());
            case "task" -> task(role, false);
            case "claimed" -> task(role, true);
            case "page" -> newPage(false);
            case "live-page" -> newPage(true);
            case "asset" -> asset;
            case "fresh" -> "fresh-" + counter.incrementAndGet();
            case "new-event", "save-event", "import-file" -> "";
            default -> throw new IllegalArgumentException("No fixture " + name);
        };
    }

    private static HttpResponse<String> send(String role, Route route, String path, Map<String, String> values,
            String token) throws Exception {
        AuthorClient client = clients.get(role);
        if (route.method().equals("GET")) {
            return client.get(path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (!token.isEmpty()) {
            form.put("_csrf", token);
        }
        if (route.form().equals("{import-file}")) {
            String file = "{\"events\": [{\"name\": \"imported-" + counter.incrementAndGet()
                    + "\", \"title\": \"Imported\", \"startDate\": \"2031-01-05\", \"timeZone\": \"UTC\"}]}";
            return client.postMultipart(path, form, Map.of("file", Map.entry("events.json",
                    file.getBytes(StandardCharsets.UTF_8))));
        }
        if (route.form().equals("{new-event}") || route.form().equals("{save-event}")) {
            form.putAll(eventForm("Matrix event " + counter.incrementAndGet()));
            if (route.form().equals("{save-event}")) {
                form.put("_modified", Jsoup.parse(eric.get(path).body()).select("input[name=_modified]").val());
            }
            return client.postMultipart(path, form, Map.of());
        }
        if (!route.form().equals("-")) {
            for (String pair : fill(route.form(), values).split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return client.post(path, form);
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static Map<String, String> eventForm(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("startDate", "2031-06-01");
        form.put("allDay", "true");
        form.put("timeZone", "Europe/Paris");
        return form;
    }

    private static String newEvent() throws Exception {
        Map<String, String> form = eventForm("Matrix fixture " + counter.incrementAndGet());
        form.put("_csrf", csrf("editor"));
        HttpResponse<String> saved = eric.postMultipart("/author/events/new", form, Map.of());
        assertThat(saved.statusCode()).isEqualTo(303);
        return saved.headers().firstValue("Location").orElseThrow().replaceFirst("^/author/events/", "")
                .replaceFirst("\\?.*", "");
    }

    private static String published(String event) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            site.runtime().get(Publisher.class).publish(Workspaces.EVENTS,
                    List.of(EventLookup.byName(events, event).orElseThrow().getIdentifier()), "test");
        } finally {
            events.logout();
        }
        return event;
    }

    private static String trashed(String event) throws Exception {
        assertThat(eric.post("/author/events/" + event + "/delete", Map.of("_csrf", csrf("editor"))).statusCode())
                .isEqualTo(303);
        return event;
    }

    /** A request of another editor, claimed by the acting user when {@code claimed} and they may claim. */
    private static String task(String role, boolean claimed) throws Exception {
        WorkflowService workflow = site.runtime().get(WorkflowService.class);
        String id = workflow.requestPublication(newEvent(), "please", null, null,
                new User("requester", Set.of(Role.EDITOR))).id();
        if (claimed && (role.equals("publisher") || role.equals("admin"))) {
            workflow.claim(id, role.equals("admin") ? new User("ada", Set.of(Role.ADMIN))
                    : new User("peter", Set.of(Role.PUBLISHER)));
        }
        return id;
    }

    /** A page with an event list and a calendar in its main area, optionally published; @return its name */
    private static String newPage(boolean live) throws Exception {
        String name = "matrix-" + counter.incrementAndGet();
        String token = csrf("editor");
        assertThat(eric.post("/author/pages/new", Map.of("_csrf", token, "parent", "/", "name", name, "title",
                "Matrix page", "template", "events:pages/content-page")).statusCode()).isEqualTo(303);
        for (String component : List.of("event-list", "event-calendar")) {
            assertThat(eric.post("/author/pages/" + name + "/areas/main/add", Map.of("_csrf", token, "template",
                    "events:components/" + component)).statusCode()).isEqualTo(303);
        }
        if (live) {
            Session website = site.repositories().author().login(Workspaces.WEBSITE);
            try {
                site.runtime().get(Publisher.class).publish(Workspaces.WEBSITE,
                        List.of(website.getNode("/" + name).getIdentifier()), "test");
            } finally {
                website.logout();
            }
        }
        return name;
    }

    private static String upload() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, 1), "png", png);
        Map<String, String> form = eventForm("With image");
        form.put("_csrf", csrf("editor"));
        HttpResponse<String> saved = eric.postMultipart("/author/events/new", form,
                Map.of("image.upload", Map.entry("photo.png", png.toByteArray())));
        String editor = saved.headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
        return Jsoup.parse(eric.get(editor).body()).select("input[name=image]").val();
    }

    /** @return the acting user's CSRF token, as their pages carry it; empty for an anonymous visitor */
    private static String csrf(String role) throws Exception {
        return role.equals("anonymous") ? "" : clients.get(role).csrf("/author/events");
    }

    private static List<String> repositories() throws Exception {
        List<String> both = new ArrayList<>(RepositoryFingerprint.content(site.repositories().author()));
        both.addAll(RepositoryFingerprint.content(site.repositories().published()));
        return both;
    }

    private static AuthorClient logIn(String user) throws Exception {
        AuthorClient client = new AuthorClient(server.port());
        client.logIn(user, PASSWORD);
        return client;
    }
}
