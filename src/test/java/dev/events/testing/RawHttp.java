package dev.events.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to a loopback server, for requests the JDK's client refuses to send: raw bytes
 * in the request line (backslashes, invalid UTF-8, {@code %00}), bodies larger than the server accepts, headers
 * of any size. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * An answer.
     *
     * @param status  the status code
     * @param headers the headers, names in lower case (the last value of a repeated one)
     * @param body    the body as UTF-8 text (invalid bytes replaced)
     */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** Sends {@code GET target}, the target's bytes as given (ISO-8859-1: one char, one byte). */
    public Answer get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\n", Map.of(), new byte[0]);
    }

    /** Sends a request with a body; {@code Content-Length} is set from it. */
    public Answer send(String requestLine, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append("Host: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body.length > 0 || !requestLine.startsWith("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            writeBody(out, body);
            return read(socket.getInputStream());
        }
    }

    /** Writes the body; a server that answers early and closes the connection may stop reading it. */
    private static void writeBody(OutputStream out, byte[] body) throws IOException {
        try {
            for (int at = 0; at < body.length; at += 64 * 1024) {
                out.write(body, at, Math.min(64 * 1024, body.length - at));
            }
            out.flush();
        } catch (SocketException closedEarly) {
            // the answer is still there to read
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (SocketException reset) {
            // a server that closes after refusing a body may reset the connection once its answer is sent
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}
