package dev.events.delivery;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.events.config.SiteSettings;
import dev.events.content.EventProperties;

/**
 * Writes sitemaps (sitemaps.org protocol 0.9) with StAX: URL sets whose every {@code url} names its language
 * versions as {@code xhtml:link rel="alternate" hreflang=...}, itself included, plus {@code x-default} (the
 * default language), as Google's hreflang rules for sitemaps require; and sitemap indexes. The default language
 * has no address prefix, the others {@code /<language>}. {@code lastmod} is a W3C datetime in UTC, to the second.
 */
final class SitemapWriter {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final List<String> LANGUAGES = EventProperties.LANGUAGES;
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final SiteSettings settings;

    SitemapWriter(SiteSettings settings) {
        this.settings = settings;
    }

    /** @return how many URLs a page gives: one per language */
    static int urlsPerPage() {
        return LANGUAGES.size();
    }

    /**
     * @param from the first URL, counted over every page's language versions
     * @param to   after the last URL
     */
    byte[] urlSet(List<SitemapPage> pages, int from, int to) throws IOException {
        return document("urlset", xml -> {
            xml.writeNamespace("xhtml", XHTML_NS);
            for (int url = from; url < to; url++) {
                SitemapPage page = pages.get(url / LANGUAGES.size());
                url(xml, page, LANGUAGES.get(url % LANGUAGES.size()));
            }
        });
    }

    /** @param lastModified per part, in order, the latest change of its pages (null when unknown) */
    byte[] index(List<Instant> lastModified) throws IOException {
        return document("sitemapindex", xml -> {
            for (int part = 1; part <= lastModified.size(); part++) {
                start(xml, 1, "sitemap");
                element(xml, "loc", settings.absolute("/sitemap-" + part + ".xml"));
                lastmod(xml, lastModified.get(part - 1));
                end(xml, 1);
            }
        });
    }

    private void url(XMLStreamWriter xml, SitemapPage page, String language) throws XMLStreamException {
        start(xml, 1, "url");
        element(xml, "loc", address(page, language));
        lastmod(xml, page.lastModified());
        for (String alternate : LANGUAGES) {
            alternate(xml, alternate, address(page, alternate));
        }
        alternate(xml, "x-default", address(page, LANGUAGES.get(0)));
        end(xml, 1);
    }

    private String address(SitemapPage page, String language) {
        return settings.absolute((language.equals(LANGUAGES.get(0)) ? "" : "/" + language) + page.path());
    }

    private static void alternate(XMLStreamWriter xml, String language, String href) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", href);
    }

    private static void lastmod(XMLStreamWriter xml, Instant time) throws XMLStreamException {
        if (time != null) {
            element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        start(xml, 2, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Starts an element on a new line, indented by {@code depth} levels, for people reading the file. */
    private static void start(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeStartElement(SITEMAP_NS, name);
    }

    private static void end(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] document(String root, Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            text.write('\n');
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the sitemap: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
