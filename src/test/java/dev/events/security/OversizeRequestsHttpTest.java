package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.events.testing.RawHttp;

/**
 * Bodies and fields larger than the site takes: each is refused with 413 (what Jetty refuses to read: forms over
 * 2 MB of text, 1,000 fields, files over 25 MB, requests over 60 MB) or 422 (what the rules refuse: a title over 1,000
 * characters, JSON nested deeper than 1,000 levels) with a message saying so; nothing is written in either
 * repository and the server still serves ({@code /health}).
 */
class OversizeRequestsHttpTest {

    private static final int MB = 1 << 20;
    @RegisterExtension
    static final LoggedInEditor on = new LoggedInEditor(true);

    @AfterEach
    void theAuthorsSessionSurvives() throws Exception {
        assertThat(on.eric.get("/author/events").statusCode()).as("the author's session survives").isEqualTo(200);
    }

    @Test
    void aTwentyMegabyteFormIsRefusedWith413ForAuthorsAndVisitors() throws Exception {
        byte[] body = ("_csrf=" + on.csrf + "&title=" + "a".repeat(20 * MB)).getBytes(StandardCharsets.US_ASCII);
        assertTooLarge(form("/author/events/new", body, true));
        assertTooLarge(form("/author/login", body, false));
        assertTooLarge(form("/author/pages/new", body, true));
        assertThat(form("/events", body, false).status()).as("the public site takes no POST").isEqualTo(405);
        assertThat(form("/.rest/delivery/events", body, false).status()).isEqualTo(405);
    }

    @Test
    void tenThousandFieldsAreRefusedWith413AsFormAndAsMultipart() throws Exception {
        StringBuilder fields = new StringBuilder("_csrf=" + on.csrf);
        Map<String, String> parts = new LinkedHashMap<>(Map.of("_csrf", on.csrf));
        for (int i = 0; i < 10_000; i++) {
            fields.append("&f").append(i).append("=x");
            parts.put("f" + i, "x");
        }
        assertTooLarge(form("/author/events/new", fields.toString().getBytes(StandardCharsets.US_ASCII), true));
        HttpResponse<String> multipart = on.eric.postMultipart("/author/events/new", parts, Map.of());
        assertThat(multipart.statusCode()).isEqualTo(413);
        assertThat(message(multipart.body())).contains("larger than the site accepts");
    }

    @Test
    void aMultipartBodyOverSixtyMegabytesAndAFileOverTwentyFiveAreRefusedWith413() throws Exception {
        for (int size : List.of(26 * MB, 70 * MB)) {
            // over a raw socket: the server answers before it has read the whole body and closes the connection,
            // which an HTTP client still writing the body may report as a broken pipe instead of the answer
            assertTooLarge(upload("/author/import", "events.json", new byte[size]));
        }
    }

    @Test
    void aTwoMegabyteTitleIsRefusedWith413AndALongOneWith422NamingTheField() throws Exception {
        HttpResponse<String> huge = on.eric.postMultipart("/author/events/new", event("t".repeat(2 * MB)), Map.of());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(message(huge.body())).contains("larger than the site accepts");
        HttpResponse<String> tooLong = on.eric.postMultipart("/author/events/new", event("t".repeat(100_000)),
                Map.of());
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.body()).select("#f-title-error").text())
                .isEqualTo("is longer than 1000 characters");
    }

    @Test
    void aRichTextOfTheLargestAllowedSizeInBothLanguagesIsNotRefused() throws Exception {
        Map<String, String> form = event("Longest body");
        String body = "<p>" + "é".repeat(199_990) + "</p>";
        form.put("body", body);
        form.put("body_fr", body);
        HttpResponse<String> saved = on.eric.postMultipart("/author/events/new", form, Map.of());
        assertThat(saved.statusCode()).as("1.2 MB of form text is a valid event").isEqualTo(303);
        // undo, so that the check after each test holds
        String name = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^/author/events/", "")
                .replaceFirst("\\?.*", "");
        on.eric.post("/author/events/" + name + "/delete", Map.of("_csrf", on.csrf));
        on.eric.post("/author/trash/" + name + "/purge", Map.of("_csrf", on.csrf));
        on.remember();
    }

    private static Map<String, String> event(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", on.csrf);
        form.put("title", title);
        form.put("startDate", "2017-10-20");
        form.put("allDay", "true");
        form.put("timeZone", "Europe/Paris");
        return form;
    }

    @Test
    void deeplyNestedJsonIsRefusedWith422SayingWhereItStopped() throws Exception {
        String deep = "{\"events\": [" + "[".repeat(100_000) + "]".repeat(100_000) + "]}";
        HttpResponse<String> answer = on.eric.postMultipart("/author/import", Map.of("_csrf", on.csrf),
                Map.of("file", Map.entry("deep.json", deep.getBytes(StandardCharsets.US_ASCII))));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(answer.body()).text()).contains("not valid JSON").contains("nesting depth (1001)");
    }

    @Test
    void aHugeHeaderIsRefusedBeforeAnyPage() throws Exception {
        RawHttp.Answer answer = on.raw.send("GET /events HTTP/1.1\r\n", Map.of("X-Padding", "p".repeat(64 * 1024)),
                new byte[0]);
        assertThat(answer.status()).isEqualTo(431);
    }

    private static RawHttp.Answer form(String path, byte[] body, boolean withSession) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (withSession) {
            headers.put("Cookie", "EVENTS_SESSION=" + on.eric.sessionId());
        }
        return on.raw.send("POST " + path + " HTTP/1.1\r\n", headers, body);
    }

    private static RawHttp.Answer upload(String path, String fileName, byte[] content) throws Exception {
        String boundary = "----events-oversize";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + on.csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return on.raw.send("POST " + path + " HTTP/1.1\r\n", Map.of("Content-Type",
                "multipart/form-data; boundary=" + boundary, "Cookie", "EVENTS_SESSION=" + on.eric.sessionId()),
                body.toByteArray());
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(message(answer.body())).contains("larger than the site accepts");
    }

    private static String message(String html) {
        return Jsoup.parse(html).select("[role=alert]").text();
    }
}
