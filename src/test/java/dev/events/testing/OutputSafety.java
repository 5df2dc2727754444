package dev.events.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Assertions that an output of the site carries no script that came from input, each by parsing the output as
 * its consumer does: HTML with {@link HtmlSafety}; RSS and Atom as XML, then their HTML summaries as HTML;
 * iCalendar as content lines; delivery JSON as JSON, then its rich text as HTML.
 */
public final class OutputSafety {

    /** An unfolded iCalendar content line: a name, parameters, a colon, a value (RFC 5545, 3.1). */
    private static final Pattern ICS_LINE = Pattern.compile("[A-Z][A-Z0-9-]*(;[^:\\r\\n]*)?:[^\\r\\n]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputSafety() {
    }

    /** Asserts that an HTML page or fragment is safe (see {@link HtmlSafety}). */
    public static void assertHtmlSafe(String what, String html, Set<String> ownScripts) {
        assertThat(HtmlSafety.problems(html, ownScripts)).as(what).isEmpty();
    }

    /** Asserts that an RSS or Atom feed is well-formed XML whose HTML summaries and contents are safe. */
    public static void assertFeedSafe(String what, String xml) throws Exception {
        Document feed = xml(what, xml);
        int checked = 0;
        for (String name : List.of("description", "summary", "content")) {
            NodeList elements = feed.getElementsByTagNameNS("*", name);
            for (int i = 0; i < elements.getLength(); i++) {
                assertHtmlSafe(what + " <" + name + ">", elements.item(i).getTextContent(), Set.of());
                checked++;
            }
        }
        assertThat(checked).as(what + ": summaries checked").isPositive();
    }

    /** Asserts that a sitemap is well-formed XML listing addresses of the site only. */
    public static void assertSitemapSafe(String what, String xml, String baseUrl) throws Exception {
        NodeList locations = xml(what, xml).getElementsByTagNameNS("*", "loc");
        assertThat(locations.getLength()).as(what).isPositive();
        for (int i = 0; i < locations.getLength(); i++) {
            assertThat(locations.item(i).getTextContent()).as(what).startsWith(baseUrl + "/");
        }
        NodeList alternates = xml(what, xml).getElementsByTagNameNS("*", "link");
        for (int i = 0; i < alternates.getLength(); i++) {
            assertThat(((Element) alternates.item(i)).getAttribute("href")).as(what).startsWith(baseUrl + "/");
        }
    }

    /**
     * Asserts that an iCalendar file is made of content lines only, with as many events as expected: a line
     * break in a title is escaped, never a new property or a new event.
     */
    public static void assertIcsWellFormed(String what, String ics, int events) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> lines = new ArrayList<>(List.of(unfolded.split("\r\n")));
        assertThat(lines).as(what).allSatisfy(line -> assertThat(line).as(what).matches(ICS_LINE));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).as(what).hasSize(events);
        assertThat(ics.replace("\r\n", "")).as(what + ": a bare line break").doesNotContain("\n").doesNotContain("\r");
    }

    /** Asserts that a delivery answer is JSON whose rich-text values ({@code body}, {@code body_fr}) are safe. */
    public static void assertJsonSafe(String what, String json) throws Exception {
        richText(what, JSON.readTree(json));
    }

    private static void richText(String what, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().startsWith("body") && field.getValue().isTextual()) {
                assertHtmlSafe(what + " " + field.getKey(), field.getValue().textValue(), Set.of());
            }
            richText(what, field.getValue());
        }
        if (node.isArray()) {
            node.forEach(item -> richText(what, item));
        }
    }

    private static Document xml(String what, String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
