package dev.events.delivery;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.jcr.Node;
import javax.jcr.Session;

import dev.events.content.AssetStore;
import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.site.WebServer;
import dev.events.testing.TestSite;

/**
 * The site the delivery API tests read over HTTP: the ten seed events and {@code delivery/events.json}
 * published, an image on {@code open-day-2018} and a document on its second link (published with it), the
 * event {@code withdrawn-seminar} unpublished again, a draft never published, and an edit of
 * {@code cancelled-forum} saved on author but not published.
 */
final class DeliverySite implements AutoCloseable {

    static final String ENDPOINT = "/.rest/delivery/events";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final TestSite site;
    private final WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private DeliverySite(TestSite site, WebServer server) {
        this.site = site;
        this.server = server;
    }

    static DeliverySite start() throws Exception {
        TestSite site = TestSite.withSeedEvents();
        try {
            site.importEvents("/delivery/events.json", true);
            site.importEvents("/delivery/draft.json", false);
            attachAssets(site);
            Publisher publisher = site.runtime().get(Publisher.class);
            publisher.unpublish(Workspaces.EVENTS, id(site, "withdrawn-seminar"), "test");
            editWithoutPublishing(site);
            return new DeliverySite(site, site.startWebServer());
        } catch (Exception | Error e) {
            site.close();
            throw e;
        }
    }

    private static void attachAssets(TestSite site) throws Exception {
        AssetStore assets = site.runtime().get(AssetStore.class);
        String image = assets.store("open-day.png", new ByteArrayInputStream(png()), "test");
        String pdf = assets.store("open-day.pdf", new ByteArrayInputStream(("%PDF-1.4\n1 0 obj <</Type /Catalog>>"
                + " endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)), "test");
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, "open-day-2018").orElseThrow();
            event.setProperty(EventProperties.IMAGE, image);
            event.getNode(EventProperties.LINKS + "/1").setProperty(EventProperties.LINK_ASSET, pdf);
            events.save();
        } finally {
            events.logout();
        }
        Publisher publisher = site.runtime().get(Publisher.class);
        publisher.publish(Workspaces.DAM, List.of(image.substring(4), pdf.substring(4)), "test");
        publisher.publish(Workspaces.EVENTS, List.of(id(site, "open-day-2018")), "test");
    }

    private static void editWithoutPublishing(TestSite site) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            EventLookup.byName(events, "cancelled-forum").orElseThrow()
                    .setProperty(EventProperties.TITLE, "Pending new title");
            events.save();
        } finally {
            events.logout();
        }
    }

    static String id(TestSite site, String name) throws Exception {
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(events, name).orElseThrow().getIdentifier();
        } finally {
            events.logout();
        }
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    /** @return the answer to a GET of a path (with query), with headers given as name, value, name, value ... */
    HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        return send("GET", pathAndQuery, headers);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An answer read from a raw socket. */
    record RawResponse(int statusCode, String head, String body) {
    }

    /**
     * Sends a request line as typed, for what {@link HttpClient} refuses to send (broken %-escapes).
     *
     * @param requestLine e.g. {@code GET /.rest/delivery/events?title=%zz HTTP/1.1}
     */
    RawResponse raw(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new RawResponse(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, end),
                    answer.substring(end + 4));
        }
    }

    /** @return the body with each identifier replaced by {@code <id-N>}, numbered by first appearance */
    static String withStableIds(String body) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher m = UUID.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ids.computeIfAbsent(m.group(), k -> "<id-" + (ids.size() + 1) + ">"));
        }
        return m.appendTail(out).toString();
    }

    TestSite site() {
        return site;
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            site.close();
        }
    }
}
