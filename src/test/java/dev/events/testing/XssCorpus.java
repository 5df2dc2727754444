package dev.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hostile inputs of the security tests, one a line in {@code src/test/resources/security/}: lines starting
 * with {@code #} are comments; {@code \t}, {@code \r} and {@code \n} stand for a tab and line breaks.
 */
public final class XssCorpus {

    private XssCorpus() {
    }

    /** @return the XSS payloads for text, rich-text and query values */
    public static List<String> payloads() {
        return read("/security/xss-payloads.txt");
    }

    /** @return addresses that no URL field may store */
    public static List<String> hostileUrls() {
        return read("/security/xss-urls.txt");
    }

    /** @return the payload at any index, wrapping around, so that fields can take the corpus in turn */
    public static String at(List<String> corpus, int index) {
        return corpus.get(Math.floorMod(index, corpus.size()));
    }

    private static List<String> read(String resource) {
        try (InputStream in = XssCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
