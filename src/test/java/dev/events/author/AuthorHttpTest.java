package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.security.Role;
import dev.events.security.UserStore;
import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.TestSite;

/** The author UI over real HTTP: login, sessions, CSRF, throttling and the events browser. */
class AuthorHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static TestSite site;
    private static WebServer server;
    private AuthorClient client;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        site.runtime().get(UserStore.class).add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        site.close();
    }

    @BeforeEach
    void newBrowserSession() {
        client = new AuthorClient(server.port());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/author/events?q=x");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/author/login?next=%2Fauthor%2Fevents");
        assertThat(get("/author/login").body()).contains("name=\"username\"").contains("name=\"_csrf\"");
    }

    @Test
    void loginStartsANewHttpOnlySameSiteSessionAndGoesWhereTheUserWasGoing() throws Exception {
        String before = loginForm();
        String sessionBefore = sessionId();
        HttpResponse<String> response = post("/author/login",
                Map.of("username", "eric", "password", PASSWORD, "_csrf", before, "next", "/author/events?q=lyon"));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/author/events?q=lyon");
        assertThat(sessionId()).isNotEqualTo(sessionBefore);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("EVENTS_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(get("/author/events").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        HttpResponse<String> response = post("/author/login",
                Map.of("username", "eric", "password", "wrong", "_csrf", loginForm()));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Wrong user name or password.");
        assertThat(get("/author/events").statusCode()).isEqualTo(303);
    }

    @Test
    void repeatedFailuresAreThrottled() throws Exception {
        String csrf = loginForm();
        for (int i = 0; i < 5; i++) {
            post("/author/login", Map.of("username", "throttled", "password", "wrong", "_csrf", csrf));
        }
        HttpResponse<String> response = post("/author/login",
                Map.of("username", "throttled", "password", "wrong", "_csrf", csrf));
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).contains("Too many failed logins");
    }

    @ParameterizedTest
    @CsvSource({"'', login", "forged-token, login", "'', logout", "forged-token, logout"})
    void postsWithoutTheSessionsCsrfTokenAreForbidden(String token, String action) throws Exception {
        logIn();
        Map<String, String> form = token.isEmpty() ? Map.of("username", "eric", "password", PASSWORD)
                : Map.of("username", "eric", "password", PASSWORD, "_csrf", token);
        HttpResponse<String> response = post("/author/" + action, form);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/author/events").statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String csrf = logIn();
        assertThat(post("/author/logout", Map.of("_csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(get("/author/events").statusCode()).isEqualTo(303);
    }

    @Test
    void browserListsEventsWithStatusAndFilters() throws Exception {
        logIn();
        Document all = Jsoup.parse(get("/author/events").body());
        assertThat(all.select("#count").text()).isEqualTo("10 events");
        assertThat(all.select(".author-table__row").eachAttr("data-name")).first().isEqualTo("icc-2017-milestone-event");
        assertThat(all.select(".author-status--published")).hasSize(10);
        Document lyon = Jsoup.parse(get("/author/events?q=Lyon").body());
        assertThat(lyon.select(".author-table__row").eachAttr("data-name"))
                .containsExactly("study-visit-prevention-of-radicalisation");
        Document sideEvents = Jsoup.parse(get("/author/events?category=side-event&sort=title").body());
        assertThat(sideEvents.select(".author-table__row").eachAttr("data-name")).containsExactly(
                "icc-side-event-pace-summer-session", "side-event-urban-policies-inclusive-integration");
        assertThat(Jsoup.parse(get("/author/events?status=not-published").body()).select("#count").text())
                .isEqualTo("0 events");
    }

    @ParameterizedTest
    @CsvSource({"status=green, status", "sort=size, sort", "page=0, page", "folder=../x, folder"})
    void badBrowserParametersAnswer400NamingThem(String query, String parameter) throws Exception {
        logIn();
        HttpResponse<String> response = get("/author/events?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid parameter &#39;" + parameter + "&#39;");
    }

    @Test
    void authorPagesAreNotCachedAndNotFramed() throws Exception {
        HttpResponse<String> response = get("/author/login");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    /** Logs eric in; returns the session's CSRF token. */
    private String logIn() throws Exception {
        return client.logIn("eric", PASSWORD);
    }

    private String loginForm() throws Exception {
        return client.csrf("/author/login");
    }

    private String sessionId() {
        return client.sessionId();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return client.post(path, form);
    }
}
