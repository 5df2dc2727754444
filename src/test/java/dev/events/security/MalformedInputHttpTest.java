package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.testing.RawHttp;

/**
 * Malformed dates, time zones, UTF-8 and JSON, over HTTP: each gets a clear 4xx naming what is wrong, nothing is
 * written in either repository, and the server keeps serving. (Nothing of the site parses iCalendar: it only
 * writes it. Light-module YAML is checked by {@code dev.events.definition.HostileYamlTest}.)
 */
class MalformedInputHttpTest {

    @RegisterExtension
    static final LoggedInEditor on = new LoggedInEditor(true);

    @ParameterizedTest
    @CsvSource({"startDate, 2017-13-45", "startDate, 2017-02-30", "startDate, yesterday", "startDate, 10/05/2017",
        "startDate, 2017-10-05T25:61", "startDate, +999999999-01-01", "startDate.time, 25:61",
        "startDate.time, noon", "endDate, 2017-00-10", "previousStartDate, 2017-10-05T10:00+25:00",
        "offerValidFrom, 0000-00-00", "timeZone, Mars/Olympus", "timeZone, ../../../etc/localtime",
        "timeZone, UTC+25", "timeZone, ''", "latitude, NaN", "latitude, 1e999", "longitude, 0x1F",
        "price, 1e3", "priceCurrency, EURO"})
    void aMalformedDateZoneOrNumberInTheEditorIs422NamingTheField(String field, String value) throws Exception {
        Map<String, String> form = event();
        form.put(field, value);
        if (field.startsWith("previous")) {
            form.put("status", "rescheduled");
        }
        HttpResponse<String> answer = on.eric.postMultipart("/author/events/new", form, Map.of());
        assertThat(answer.statusCode()).as("%s=%s", field, value).isEqualTo(422);
        String input = field.replace(".time", "").replace('.', '-');
        assertThat(Jsoup.parse(answer.body()).select("#f-" + input + "-error").text()).as("%s=%s", field, value)
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2017-13-01T10:00", "2017-10-05T10:00+99:00", "1e10", "+999999999-01-01T00:00"})
    void aMalformedPublicationTimeIsRefusedNamingIt(String value) throws Exception {
        HttpResponse<String> answer = on.eric.post("/author/events/experts-visit-to-hamamatsu/request-publication",
                Map.of("_csrf", on.csrf, "comment", "x", "publishAt", value));
        assertThat(answer.statusCode()).as(value).isIn(400, 422);
        assertThat(Jsoup.parse(answer.body()).text()).as(value).contains("publishAt");
    }

    @ParameterizedTest
    @CsvSource({"/events?month=2017-13, month", "/events?month=0000-01, month", "/events?day=2017-02-30, day",
        "/events?day=2017-10-05T10:00, day", "/events.ics?from=2017-02-30, from", "/events.ics?to=tomorrow, to",
        "/events.ics?from=2018-01-01&to=2017-01-01, from", "/fr/events?month=%E2%80%AE2017-10, month",
        "/events?page=1e3, page", "/events?page=-1, page"})
    void aMalformedDateInAPublicQueryIs400NamingTheParameter(String address, String parameter) throws Exception {
        RawHttp.Answer answer = on.raw.get(address);
        assertThat(answer.status()).as(address).isEqualTo(400);
        assertThat(Jsoup.parse(answer.body()).text()).as(address).contains("'" + parameter + "'");
    }

    @ParameterizedTest
    @CsvSource({"startDate[gte]=2017-13-01, startDate[gte]", "startDate=yesterday, startDate",
        "mgnl:lastModified[lt]=2017-10-05T10:00+99:00, mgnl:lastModified[lt]", "limit=1e3, limit",
        "offset=-1, offset", "latitude[gt]=north, latitude[gt]", "startDate[in]=2017-01-01, startDate[in]"})
    void aMalformedDeliveryFilterIs400NamingTheParameter(String query, String parameter) throws Exception {
        RawHttp.Answer answer = on.raw.get("/.rest/delivery/events?" + query);
        assertThat(answer.status()).as(query).isEqualTo(400);
        assertThat(answer.body()).as(query).contains("\"badRequest\"").contains("'" + parameter + "'");
    }

    /** Invalid byte sequences: a lone continuation byte, a truncated sequence, an overlong form, a surrogate. */
    @ParameterizedTest
    @ValueSource(strings = {"%FF", "%C3%28", "%C0%AF", "%ED%A0%80", "%F8%88%80%80%80", "caf%E9", "%E2%82"})
    void invalidUtf8InAQueryIs400NamingTheParameterEverywhere(String bytes) throws Exception {
        for (String address : List.of("/events?q=", "/fr/events?category=", "/events.ics?category=",
                "/events.rss?category=")) {
            RawHttp.Answer answer = on.raw.get(address + bytes);
            assertThat(answer.status()).as(address + bytes).isEqualTo(400);
            assertThat(Jsoup.parse(answer.body()).text()).as(address + bytes).contains("not UTF-8");
        }
        RawHttp.Answer delivery = on.raw.get("/.rest/delivery/events?title=" + bytes);
        assertThat(delivery.status()).isEqualTo(400);
        assertThat(delivery.body()).contains("'title'").contains("not UTF-8");
        RawHttp.Answer authorQuery = on.raw.send("GET /author/events?q=" + bytes + " HTTP/1.1\r\n",
                Map.of("Cookie", "EVENTS_SESSION=" + on.eric.sessionId()), new byte[0]);
        assertThat(authorQuery.status()).isEqualTo(400);
        assertThat(on.raw.get("/events/" + bytes).status()).as("in a path").isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%FF", "%C3%28", "%ED%A0%80"})
    void invalidUtf8InAFormIs400AndWritesNothing(String bytes) throws Exception {
        for (String path : List.of("/author/events/new", "/author/pages/new", "/author/login")) {
            byte[] body = ("_csrf=" + on.csrf + "&name=x&parent=/&template=events:pages/content-page&title=" + bytes)
                    .getBytes(StandardCharsets.US_ASCII);
            RawHttp.Answer answer = on.raw.send("POST " + path + " HTTP/1.1\r\n", Map.of("Content-Type",
                    "application/x-www-form-urlencoded", "Cookie", "EVENTS_SESSION=" + on.eric.sessionId()), body);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(Jsoup.parse(answer.body()).text()).as(path).contains("not well-formed or not UTF-8");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"events\": [", "{\"events\": []} trailing", "{\"events\": [], \"events\": []}",
        "[]", "\"events\"", "{\"events\": {}}", "{\"events\": [{\"name\": \"x\", \"title\": NaN}]}",
        "{\"events\": [{\"name\": \"x\", \"title\": \"x\", \"startDate\": \"2017-10-05\", \"timeZone\": \"UTC\","
                + " \"latitude\": 1e999, \"longitude\": 0}]}",
        "{\"events\": [{\"name\": \"x\", \"title\": {\"$gt\": \"\"}, \"startDate\": [], \"timeZone\": 7}]}",
        "{\"events\": [{\"name\": \"../../x\", \"title\": \"x\", \"startDate\": \"2017-10-05\","
                + " \"timeZone\": \"UTC\"}]}",
        "{\"events\": [{\"name\": \"x\", \"title\": \"x\", \"startDate\": \"2017-10-05\","
                + " \"timeZone\": \"Mars/Base\"}]}",
        "\uFEFF{\"events\": [null]}", "{\"events\": [1, true, \"x\"]}", ""})
    void aMalformedImportFileIs422WithAMessageAndImportsNothing(String json) throws Exception {
        HttpResponse<String> answer = on.eric.postMultipart("/author/import", Map.of("_csrf", on.csrf),
                Map.of("file", Map.entry("bad.json", json.getBytes(StandardCharsets.UTF_8))));
        assertThat(answer.statusCode()).as(json).isEqualTo(422);
        assertThat(Jsoup.parse(answer.body()).select(".author__alert, .author-import__item--refused").text())
                .as(json).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c328", "fffe7b00", "efbbbf7b2265"})
    void anImportFileThatIsNotUtf8Is422(String hex) throws Exception {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex + "7b226576656e7473223a205b5d7d");
        HttpResponse<String> answer = on.eric.postMultipart("/author/import", Map.of("_csrf", on.csrf),
                Map.of("file", Map.entry("bytes.json", bytes)));
        assertThat(answer.statusCode()).as(hex).isEqualTo(422);
        assertThat(Jsoup.parse(answer.body()).text()).as(hex).contains("not valid JSON");
    }

    private static Map<String, String> event() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", on.csrf);
        form.put("title", "Malformed");
        form.put("startDate", "2017-10-20");
        form.put("startDate.time", "10:00");
        form.put("timeZone", "Europe/Paris");
        return form;
    }
}
