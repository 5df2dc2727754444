package dev.events.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.config.SiteSettings;
import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;
import dev.events.content.NodeTypes;
import dev.events.content.SessionSource;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}: every published page of {@code website} and every published
 * event's detail page, in English and French, each URL with its {@code lastmod} and its language alternates (see
 * {@link SitemapWriter}). Event pages hang below the first events page of the website (in tree order), so each
 * event is listed once, at one address; an events page's {@code lastmod} is its own change or the latest change
 * of an event, whichever is later.
 * <p>
 * A sitemap holds at most {@code maxUrls} URLs ({@value #MAX_URLS} by the protocol). Above that,
 * {@code /sitemap.xml} is a sitemap index naming {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, ..., each holding
 * {@code maxUrls} URLs in order; without an index those addresses do not exist. Events come from the in-memory
 * {@link EventCatalog}: no event node is read, whatever their number. Thread-safe.
 */
public final class Sitemap {

    /** The most URLs in one sitemap, by the sitemaps.org protocol. */
    public static final int MAX_URLS = 50_000;
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";
    public static final String ROBOTS_CONTENT_TYPE = "text/plain; charset=UTF-8";
    private static final String PATH = "/sitemap.xml";
    private static final Pattern PART = Pattern.compile("/sitemap-([1-9][0-9]{0,8})\\.xml");

    private final SessionSource website;
    private final EventCatalog catalog;
    private final SiteSettings settings;
    private final String eventsPageTemplate;
    private final int maxUrls;
    private final SitemapWriter writer;

    /**
     * @param website            sessions on the public {@code website} workspace
     * @param eventsPageTemplate the template id of events pages, below which event pages hang
     * @param maxUrls            the most URLs in one sitemap: {@link #MAX_URLS}, less in tests
     */
    public Sitemap(SessionSource website, EventCatalog catalog, SiteSettings settings, String eventsPageTemplate,
            int maxUrls) {
        this.website = website;
        this.catalog = catalog;
        this.settings = settings;
        this.eventsPageTemplate = eventsPageTemplate;
        this.maxUrls = maxUrls;
        this.writer = new SitemapWriter(settings);
    }

    /**
     * @param path a root path such as {@code /sitemap.xml}
     * @return the sitemap or the index at {@code /sitemap.xml}, a part at {@code /sitemap-N.xml} when there is an
     *         index with that part, else empty
     */
    public Optional<byte[]> file(String path) throws RepositoryException, IOException {
        Matcher part = PART.matcher(path);
        if (!path.equals(PATH) && !part.matches()) {
            return Optional.empty();
        }
        List<SitemapPage> pages = pages();
        int urls = pages.size() * SitemapWriter.urlsPerPage();
        int parts = Math.max(1, (urls + maxUrls - 1) / maxUrls);
        if (path.equals(PATH)) {
            return Optional.of(parts == 1 ? writer.urlSet(pages, 0, urls) : writer.index(lastModified(pages, parts)));
        }
        int number = Integer.parseInt(part.group(1));
        if (parts == 1 || number > parts) {
            return Optional.empty();
        }
        return Optional.of(writer.urlSet(pages, (number - 1) * maxUrls, Math.min(urls, number * maxUrls)));
    }

    /** @return {@code robots.txt}: everything may be crawled but the author UI; the sitemap's address */
    public byte[] robots() {
        return ("User-agent: *\nDisallow: /author/\n\nSitemap: " + settings.absolute(PATH) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<SitemapPage> pages() throws RepositoryException {
        List<CatalogEntry> events = catalog.byStart();
        Instant newestEvent = null;
        for (CatalogEntry event : events) {
            newestEvent = SitemapPage.latest(newestEvent, event.lastModified());
        }
        List<SitemapPage> pages = new ArrayList<>(events.size() + 16);
        List<String> eventsPages = new ArrayList<>();
        Session session = website.open();
        try {
            collect(session.getRootNode(), pages, eventsPages, newestEvent);
        } finally {
            session.logout();
        }
        if (!eventsPages.isEmpty()) {
            for (CatalogEntry event : events) {
                pages.add(new SitemapPage(eventsPages.get(0) + "/" + event.name(), event.lastModified()));
            }
        }
        return pages;
    }

    /** Adds the pages below {@code parent}, depth first in tree order, and notes the events pages. */
    private void collect(Node parent, List<SitemapPage> pages, List<String> eventsPages, Instant newestEvent)
            throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (!node.isNodeType(NodeTypes.PAGE)) {
                continue;
            }
            Instant changed = node.hasProperty(NodeTypes.LAST_MODIFIED)
                    ? node.getProperty(NodeTypes.LAST_MODIFIED).getDate().toInstant() : null;
            if (node.hasProperty(NodeTypes.TEMPLATE)
                    && eventsPageTemplate.equals(node.getProperty(NodeTypes.TEMPLATE).getString())) {
                eventsPages.add(node.getPath());
                changed = SitemapPage.latest(changed, newestEvent);
            }
            pages.add(new SitemapPage(node.getPath(), changed));
            collect(node, pages, eventsPages, newestEvent);
        }
    }

    /** @return per part of the index, the latest change of the pages it holds (null when none is known) */
    private List<Instant> lastModified(List<SitemapPage> pages, int parts) {
        int perPage = SitemapWriter.urlsPerPage();
        List<Instant> latest = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            int lastUrl = Math.min(pages.size() * perPage, (part + 1) * maxUrls) - 1;
            Instant changed = null;
            for (int page = part * maxUrls / perPage; page <= lastUrl / perPage; page++) {
                changed = SitemapPage.latest(changed, pages.get(page).lastModified());
            }
            latest.add(changed);
        }
        return latest;
    }
}
