package dev.events.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/** One author's HTTP client: its own cookies (session), forms as urlencoded or multipart bodies. */
public final class AuthorClient {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    public AuthorClient(int port) {
        this.port = port;
    }

    /** Logs in through the form; returns the session's CSRF token. */
    public String logIn(String user, String password) throws Exception {
        HttpResponse<String> response = post("/author/login",
                Map.of("username", user, "password", password, "_csrf", csrf("/author/login")));
        if (response.statusCode() != 303) {
            throw new IllegalStateException("Login of " + user + " failed: " + response.statusCode());
        }
        return csrf("/author/events");
    }

    /** @return the CSRF token of the form on a page */
    public String csrf(String page) throws Exception {
        return Jsoup.parse(get(page).body()).select("input[name=_csrf]").val();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts an urlencoded form. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a multipart form, as the editor does.
     *
     * @param fields text fields; a key repeated is given as "name" then "name#2", "name#3", ...
     * @param files  file inputs: input name → (file name, bytes)
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields,
            Map<String, Map.Entry<String, byte[]>> files) throws Exception {
        String boundary = "----events" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey().replaceAll("#\\d+$", "");
            part(body, boundary, "name=\"" + name + "\"", field.getValue().getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, Map.Entry<String, byte[]>> file : files.entrySet()) {
            part(body, boundary, "name=\"" + file.getKey() + "\"; filename=\"" + file.getValue().getKey() + "\"",
                    file.getValue().getValue());
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** @return the session cookie's value, or empty */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("EVENTS_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
