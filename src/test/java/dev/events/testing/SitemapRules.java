package dev.events.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Sitemaps as a search engine reads them: parsed by a namespace-aware XML parser and checked against the
 * sitemaps.org protocol (0.9) and Google's rules for hreflang alternates in sitemaps.
 */
public final class SitemapRules {

    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String W3C_DATETIME = "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?";
    private static final int MAX_URLS = 50_000;
    private static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final int MAX_LOC = 2048;

    /** One {@code url} of a URL set: its {@code loc}, {@code lastmod} (or null) and hreflang alternates. */
    public record Url(String loc, String lastmod, Map<String, String> alternates) {
    }

    private SitemapRules() {
    }

    /** Parses a URL set and asserts the protocol's rules on each {@code url}; returns them in order. */
    public static List<Url> urlSet(byte[] xml, String baseUrl) throws Exception {
        Element root = parse(xml, "urlset");
        List<Url> urls = new ArrayList<>();
        for (Element url : children(root, SITEMAP_NS, "url")) {
            assertOnlyKnownChildren(url);
            String loc = single(url, "loc");
            assertLocation(loc, baseUrl);
            String lastmod = optional(url, "lastmod");
            assertThat(lastmod == null || lastmod.matches(W3C_DATETIME)).as("lastmod %s", lastmod).isTrue();
            Map<String, String> alternates = new LinkedHashMap<>();
            for (Element link : children(url, XHTML_NS, "link")) {
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                assertLocation(link.getAttribute("href"), baseUrl);
                assertThat(alternates.put(link.getAttribute("hreflang"), link.getAttribute("href")))
                        .as("hreflang %s given twice in %s", link.getAttribute("hreflang"), loc).isNull();
            }
            urls.add(new Url(loc, lastmod, alternates));
        }
        assertThat(urls).hasSizeLessThanOrEqualTo(MAX_URLS);
        assertThat(urls.stream().map(Url::loc).distinct().count()).as("distinct locations").isEqualTo(urls.size());
        return urls;
    }

    /**
     * Google's rules: every language version lists every other one and itself, and the versions it names are in
     * the sitemap with the same alternates (the links are reciprocal); {@code x-default} names one of them.
     */
    public static void assertReciprocalAlternates(List<Url> urls) {
        Map<String, Url> byLoc = new LinkedHashMap<>();
        urls.forEach(url -> byLoc.put(url.loc(), url));
        for (Url url : urls) {
            assertThat(url.alternates().values()).as("alternates of %s", url.loc()).contains(url.loc());
            assertThat(url.alternates()).containsKey("x-default");
            Set<String> versions = new HashSet<>(url.alternates().values());
            for (String version : versions) {
                assertThat(byLoc).as("the version %s of %s", version, url.loc()).containsKey(version);
                assertThat(byLoc.get(version).alternates()).isEqualTo(url.alternates());
            }
        }
    }

    /** Parses a sitemap index and asserts its rules; returns the sitemaps' locations in order. */
    public static List<String> index(byte[] xml, String baseUrl) throws Exception {
        Element root = parse(xml, "sitemapindex");
        List<String> locations = new ArrayList<>();
        for (Element sitemap : children(root, SITEMAP_NS, "sitemap")) {
            String loc = single(sitemap, "loc");
            assertLocation(loc, baseUrl);
            String lastmod = optional(sitemap, "lastmod");
            assertThat(lastmod == null || lastmod.matches(W3C_DATETIME)).as("lastmod %s", lastmod).isTrue();
            locations.add(loc);
        }
        assertThat(locations).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_URLS);
        return locations;
    }

    private static Element parse(byte[] xml, String rootName) throws Exception {
        assertThat(xml.length).isLessThanOrEqualTo(MAX_BYTES);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getXmlEncoding()).isEqualTo("UTF-8");
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SITEMAP_NS);
        assertThat(root.getLocalName()).isEqualTo(rootName);
        return root;
    }

    /** Locations are absolute addresses on the site, at most 2,048 characters, entity-escaped by the parser. */
    private static void assertLocation(String loc, String baseUrl) {
        assertThat(loc).startsWith(baseUrl + "/").hasSizeLessThanOrEqualTo(MAX_LOC);
    }

    /** A {@code url} holds the protocol's elements and the hreflang links, nothing else. */
    private static void assertOnlyKnownChildren(Element url) {
        NodeList nodes = url.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                String name = "{" + child.getNamespaceURI() + "}" + child.getLocalName();
                assertThat(name).isIn("{" + SITEMAP_NS + "}loc", "{" + SITEMAP_NS + "}lastmod",
                        "{" + SITEMAP_NS + "}changefreq", "{" + SITEMAP_NS + "}priority", "{" + XHTML_NS + "}link");
            }
        }
    }

    private static String single(Element parent, String name) {
        List<Element> found = children(parent, SITEMAP_NS, name);
        assertThat(found).as("%s in %s", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static String optional(Element parent, String name) {
        List<Element> found = children(parent, SITEMAP_NS, name);
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
