package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.events.testing.RawHttp;

/**
 * Path traversal, sent as raw bytes (the JDK's client would normalise or refuse them): dot segments plain,
 * percent-encoded, double-encoded, as overlong UTF-8 and with backslashes, NUL bytes and path parameters, below
 * every prefix that serves files or content. Each is refused (400 or 404; a path that normalises to an author page
 * sends visitors to the login page) and no answer holds a file from outside
 * (the project's {@code pom.xml}, {@code /etc/passwd}, the light module's YAML). Uploaded files named like paths are
 * stored under a safe name and never written to the file system.
 */
class PathTraversalHttpTest {

    @RegisterExtension
    static final LoggedInEditor on = new LoggedInEditor(false);

    private static final List<String> PREFIXES = List.of("/", "/events/", "/fr/events/", "/.resources/",
            "/.resources/events/webresources/", "/.resources/events/webresources/css/", "/dam/", "/dam/jcr:",
            "/author/dam/", "/author/static/", "/author/static/tinymce/", "/.rest/", "/.rest/delivery/events/",
            "/author/pages/");
    private static final List<String> TRAVERSALS = List.of("../../../../../../etc/passwd", "../../../pom.xml",
            "..%2f..%2f..%2f..%2fpom.xml", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/pom.xml", "%2e%2e%2f%2e%2e%2f%2e%2e%2fpom.xml",
            "..\\..\\..\\..\\pom.xml", "..%5c..%5c..%5c..%5cpom.xml", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/pom.xml",
            "..%c0%af..%c0%af..%c0%afpom.xml", "%252e%252e/%252e%252e/%252e%252e/pom.xml", "....//....//....//pom.xml",
            "..;/..;/..;/pom.xml", "%2e%2e;/%2e%2e;/pom.xml", "css/events.css%00.yaml", "../events/module.yaml",
            "..%00/..%00/pom.xml", "%uff0e%uff0e/%uff0e%uff0e/pom.xml", "/etc/passwd", "./../.././../pom.xml",
            "jcr:00000000-0000-0000-0000-000000000000/../../../pom.xml", "..%255c..%255cpom.xml");
    /** What no answer may hold: the pom, the password file, the module descriptor. */
    private static final List<String> SECRETS = List.of("<modelVersion>", "root:x:0:0", "root:*:0:0",
            "magnoliaVersion");
    private static final List<String> HOSTILE_FILE_NAMES = List.of("../../xss-traversal.png",
            "..\\..\\xss-traversal.png", "/tmp/xss-traversal.png", "C:\\Windows\\xss-traversal.png",
            "xss-traversal.png%00.html", "....//xss-traversal.png", "<script>alert(1)</script>.png", "..", ".png",
            "\u202egnp.xss-traversal.html");

    @Test
    void theRoutesServeTheirOwnFiles() throws Exception {
        assertThat(on.raw.get("/.resources/events/webresources/css/events.css").status()).isEqualTo(200);
        assertThat(loggedIn("/author/static/editor.js").status()).isEqualTo(200);
        assertThat(Files.readString(Path.of("pom.xml"))).contains(SECRETS.get(0));
    }

    @Test
    void traversalsAreRefusedBelowEveryPrefixForVisitorsAndAuthors() throws Exception {
        for (String prefix : PREFIXES) {
            for (String traversal : TRAVERSALS) {
                String target = prefix + traversal;
                for (RawHttp.Answer answer : List.of(on.raw.get(target), loggedIn(target))) {
                    // a path that normalises to an author page sends a visitor to the login page
                    boolean toLogin = answer.status() == 303 && answer.header("Location").startsWith("/author/login?");
                    assertThat(toLogin || answer.status() == 400 || answer.status() == 404)
                            .as("%s answered %d", target, answer.status()).isTrue();
                    SECRETS.forEach(secret -> assertThat(answer.body()).as(target).doesNotContain(secret));
                }
            }
        }
        assertThat(on.raw.get("/health").status()).isEqualTo(200);
    }

    @Test
    void uploadedFilesNamedLikePathsAreStoredUnderSafeNamesAndNeverOnDisk() throws Exception {
        for (String fileName : HOSTILE_FILE_NAMES) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", on.csrf);
            form.put("title", "Upload " + fileName);
            form.put("startDate", "2017-10-20");
            form.put("allDay", "true");
            form.put("timeZone", "Europe/Paris");
            HttpResponse<String> saved = on.eric.postMultipart("/author/events/new", form,
                    Map.of("image.upload", Map.entry(fileName, png())));
            assertThat(saved.statusCode()).as(fileName).isEqualTo(303);
            String editor = saved.headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
            String key = Jsoup.parse(on.eric.get(editor).body()).select("input[name=image]").val();
            HttpResponse<byte[]> file = on.eric.getBytes("/author/dam/" + key);
            assertThat(file.statusCode()).as(fileName).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).as(fileName)
                    .matches("inline; filename=\"[a-z0-9][a-z0-9._-]*\\.png\"");
        }
        for (Path folder : List.of(Path.of(""), Path.of(".."), on.site.data(), on.site.data().getParent(),
                Path.of(System.getProperty("java.io.tmpdir")), Path.of("/tmp"), Path.of("/"))) {
            try (var files = Files.list(folder.toAbsolutePath())) {
                assertThat(files.map(p -> p.getFileName().toString())).as(folder.toString())
                        .noneMatch(name -> name.contains("xss-traversal"));
            }
        }
    }

    private static RawHttp.Answer loggedIn(String target) throws Exception {
        return on.raw.send("GET " + target + " HTTP/1.1\r\n", Map.of("Cookie", "EVENTS_SESSION=" + on.eric.sessionId()),
                new byte[0]);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
