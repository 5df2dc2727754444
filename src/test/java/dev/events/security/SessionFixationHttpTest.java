package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.site.WebServer;
import dev.events.testing.AuthorClient;
import dev.events.testing.Closer;
import dev.events.testing.RawHttp;
import dev.events.testing.TestSite;
import dev.events.testing.XssCorpus;

/**
 * Sessions of the author UI against fixation and hijacking: the id changes at login and the id from before no
 * longer logs anyone in; an id the attacker made up is never taken; ids in URLs are ignored; a hostile {@code next}
 * never leads off the author UI; throttled logins stay refused with the right password.
 */
class SessionFixationHttpTest {

    private static final String PASSWORD = "correct horse battery";

    private static TestSite site;
    private static WebServer server;
    private static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        UserStore users = site.runtime().get(UserStore.class);
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        users.add("bruno", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        server = site.startWebServer();
        raw = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        Closer.closeAll(server, site);
    }

    @Test
    void anIdPlantedBeforeLoginIsWorthNothingAfterIt() throws Exception {
        AuthorClient victim = new AuthorClient(server.port());
        victim.csrf("/author/login");
        String planted = victim.sessionId();
        assertThat(planted).as("the login form starts a session for its token").isNotEmpty();
        victim.logIn("eric", PASSWORD);
        assertThat(victim.sessionId()).isNotEmpty().isNotEqualTo(planted);
        assertThat(victim.get("/author/events").statusCode()).isEqualTo(200);
        RawHttp.Answer attacker = withCookie("/author/events", planted);
        assertThat(attacker.status()).isEqualTo(303);
        assertThat(attacker.header("Location")).startsWith("/author/login");
    }

    @Test
    void anIdTheAttackerMadeUpIsNeverTaken() throws Exception {
        String madeUp = "attacker-chosen-session-id";
        RawHttp.Answer form = withCookie("/author/login", madeUp);
        assertThat(form.header("Set-Cookie")).as("a new id is issued").doesNotContain(madeUp);
        String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        byte[] login = ("username=eric&password=" + PASSWORD.replace(' ', '+') + "&_csrf=" + csrf)
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer answer = raw.send("POST /author/login HTTP/1.1\r\n", Map.of("Cookie",
                "EVENTS_SESSION=" + madeUp, "Content-Type", "application/x-www-form-urlencoded"), login);
        assertThat(answer.status()).as("the token belongs to a session the made-up id is not").isEqualTo(403);
        assertThat(withCookie("/author/events", madeUp).status()).isEqualTo(303);
    }

    @Test
    void sessionIdsInTheAddressAreIgnored() throws Exception {
        AuthorClient eric = new AuthorClient(server.port());
        eric.logIn("eric", PASSWORD);
        for (String address : new String[] {"/author/events;EVENTS_SESSION=" + eric.sessionId(),
            "/author/events;jsessionid=" + eric.sessionId(), "/author/events?EVENTS_SESSION=" + eric.sessionId()}) {
            RawHttp.Answer answer = raw.get(address);
            assertThat(answer.status()).as(address).isIn(303, 400, 404);
            assertThat(answer.body()).as(address).doesNotContain("Log out");
        }
    }

    @Test
    void aHostileNextNeverLeadsOffTheAuthorUi() throws Exception {
        for (String next : XssCorpus.hostileUrls()) {
            AuthorClient client = new AuthorClient(server.port());
            HttpResponse<String> answer = client.post("/author/login", Map.of("username", "bruno", "password",
                    PASSWORD, "_csrf", client.csrf("/author/login"), "next", next));
            assertThat(answer.statusCode()).as(next).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(next).hasValue("/author/events");
        }
        for (String next : new String[] {"https://evil.example/author/", "/author/../../evil", "/author/\\evil"}) {
            AuthorClient client = new AuthorClient(server.port());
            HttpResponse<String> answer = client.post("/author/login", Map.of("username", "bruno", "password",
                    PASSWORD, "_csrf", client.csrf("/author/login"), "next", next));
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(next).startsWith("/author/")
                    .doesNotContain("..").doesNotContain("\\");
        }
    }

    @Test
    void aThrottledNameIsRefusedEvenWithTheRightPassword() throws Exception {
        site.runtime().get(UserStore.class).add("tina", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "test");
        AuthorClient client = new AuthorClient(server.port());
        String csrf = client.csrf("/author/login");
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("/author/login", Map.of("username", "tina", "password", "guess " + i,
                    "_csrf", csrf)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> right = client.post("/author/login", Map.of("username", "tina", "password", PASSWORD,
                "_csrf", csrf));
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(client.get("/author/events").statusCode()).isEqualTo(303);
    }

    private static RawHttp.Answer withCookie(String path, String session) throws Exception {
        return raw.send("GET " + path + " HTTP/1.1\r\n", Map.of("Cookie", "EVENTS_SESSION=" + session), new byte[0]);
    }
}
