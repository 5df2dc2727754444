package dev.events.site;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.config.SiteSettings;
import dev.events.content.EventLookup;
import dev.events.content.NodeTypes;
import dev.events.content.Translations;
import dev.events.content.Workspaces;
import dev.events.definition.TemplateDefinition;
import dev.events.delivery.EventCalendar;
import dev.events.delivery.EventFeed;
import dev.events.delivery.FeedFormat;
import dev.events.delivery.ListingFeed;
import dev.events.delivery.Sitemap;
import dev.events.render.Expiry;
import dev.events.render.InvalidParameterException;
import dev.events.render.NotFoundException;
import dev.events.render.RenderRequest;

/**
 * Answers visitors' page requests from the public repository: a page of {@code website} renders with its
 * template; {@code /events/{name}} below an events page renders the event with the detail template and
 * {@code /events/{name}.ics} answers its iCalendar file (see {@link EventCalendar}), inline (no
 * {@code Content-Disposition}: browsers hand {@code text/calendar} to the calendar application);
 * {@code /events.ics} answers the feed of all published events (see {@link EventFeed}), {@code /events.rss} and
 * {@code /events.atom} the listing's feeds (see {@link ListingFeed}); {@code /sitemap.xml} (and its parts) and
 * {@code /robots.txt} answer from {@link Sitemap}; anything else is a 404 page. A bad or repeated query
 * parameter is a 400 page naming it. Sessions are read-only sessions on the public repository. Answers go
 * through the {@link PageCache}.
 */
public final class PublicSite {

    static final String EVENTS_PAGE = "/events";
    static final String EVENTS_PAGE_TEMPLATE = "events:pages/events-page";
    static final String DETAIL_TEMPLATE = "events:pages/event-detail";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String ICS = ".ics";
    private static final Pattern ASSET = Pattern.compile("/dam/(jcr:[0-9a-fA-F-]{36})(/[^/]*)?");

    private final SitePages pages;
    private final ErrorPages errors;
    private final dev.events.content.AssetStore assets;
    private final Clock clock;
    private final EventCalendar calendars;
    private final EventFeed feed;
    private final ListingFeed listingFeed;
    private final Sitemap sitemap;
    private final PageCache cache;

    PublicSite(SitePages pages, dev.events.content.AssetStore assets, Clock clock, SiteSettings settings,
            PageCache cache, dev.events.render.Messages messages) {
        this.pages = pages;
        this.cache = cache;
        this.errors = new ErrorPages(pages);
        this.assets = assets;
        this.clock = clock;
        this.calendars = new EventCalendar(clock, settings);
        this.feed = new EventFeed(pages.catalog(), calendars, clock, settings);
        this.listingFeed = new ListingFeed(pages.catalog(), settings, clock, messages);
        this.sitemap = new Sitemap(() -> pages.repositories().published().loginReadOnly(Workspaces.WEBSITE),
                pages.catalog(), settings, EVENTS_PAGE_TEMPLATE, Sitemap.MAX_URLS);
    }

    /** @return the page for the request, from the page cache when it holds one; never throws */
    public SiteResponse handle(SiteRequest request) {
        return cache.answer(request, this::render);
    }

    /** @return the page for the request rendered now, and when time alone changes it; never throws */
    PageCache.Rendered render(SiteRequest request) {
        RenderRequest render = renderRequest(request);
        SiteResponse response;
        try {
            checkParameters(request);
            response = route(request, render);
        } catch (Exception e) {
            response = errors.forFailure(e, render);
        }
        return new PageCache.Rendered(response, render.expiry().until());
    }

    /** @return the page cache in front of {@link #render} */
    PageCache cache() {
        return cache;
    }

    /**
     * @param path {@code /dam/jcr:<uuid>} or {@code /dam/jcr:<uuid>/<file name>}
     * @return a published image or document, with the type found when it was stored; empty when not published
     */
    public Optional<SiteResponse> asset(String path) throws java.io.IOException {
        java.util.regex.Matcher key = ASSET.matcher(path);
        if (!key.matches()) {
            return Optional.empty();
        }
        Optional<dev.events.content.Asset> asset = assets.findPublished(key.group(1));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        if (asset.isEmpty() || !assets.copyPublishedTo(key.group(1), bytes)) {
            return Optional.empty();
        }
        return Optional.of(new SiteResponse(200, asset.get().mimeType(), bytes.toByteArray(),
                Map.of("Cache-Control", "public, max-age=300")));
    }

    /** @return the error page for a status the HTTP layer decided (405, 414, ...) */
    public SiteResponse error(int status, SiteRequest request) {
        return errors.page(status, "", renderRequest(request));
    }

    private RenderRequest renderRequest(SiteRequest request) {
        return new RenderRequest(request.uri(), request.locale(), request.prefix(), request.parameters(), false,
                clock.instant());
    }

    private static void checkParameters(SiteRequest request) {
        if (!request.malformed().isEmpty()) {
            throw new InvalidParameterException(request.malformed().iterator().next(),
                    "has a broken %-escape or is not UTF-8");
        }
        for (Map.Entry<String, List<String>> parameter : request.parameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw new InvalidParameterException(parameter.getKey(), "given more than once");
            }
        }
    }

    private SiteResponse route(SiteRequest request, RenderRequest render) throws Exception {
        if (request.path().equals("/")) {
            return SiteResponse.redirect(request.prefix() + EVENTS_PAGE);
        }
        Optional<SiteResponse> rootFile = rootFile(request);
        if (rootFile.isPresent()) {
            return rootFile.get();
        }
        Optional<FeedFormat> format = FeedFormat.of(request.path());
        boolean ics = request.path().endsWith(ICS);
        String suffix = ics ? ICS : format.map(FeedFormat::suffix).orElse("");
        String path = request.path().substring(0, request.path().length() - suffix.length());
        if (!validPath(path)) {
            throw new NotFoundException("Not a content path: " + request.path());
        }
        Session website = pages.repositories().published().loginReadOnly(Workspaces.WEBSITE);
        try {
            if (!suffix.isEmpty()) {
                Optional<Node> eventsPage = page(website, path);
                if (eventsPage.isPresent() && isEventsPage(templateOf(eventsPage.get()))) {
                    return feed(eventsPage.get(), format, request, render);
                }
            }
            if (format.isPresent()) {
                throw new NotFoundException("No events page at " + path);
            }
            Optional<Node> page = ics ? Optional.empty() : page(website, path);
            if (page.isPresent()) {
                TemplateDefinition template = templateOf(page.get());
                String eventsPage = isEventsPage(template) ? page.get().getPath() : EVENTS_PAGE;
                return SiteResponse.html(200, pages.render(page.get(), template, render, eventsPage, Map.of()));
            }
            return detail(website, path, render, ics);
        } finally {
            website.logout();
        }
    }

    /** @return {@code /robots.txt}, {@code /sitemap.xml} or a part of it, which exist at the root only */
    private Optional<SiteResponse> rootFile(SiteRequest request) throws Exception {
        if (!request.prefix().isEmpty()) {
            return Optional.empty();
        }
        if (request.path().equals("/robots.txt")) {
            return Optional.of(new SiteResponse(200, Sitemap.ROBOTS_CONTENT_TYPE, sitemap.robots(), Map.of()));
        }
        return sitemap.file(request.path()).map(xml -> new SiteResponse(200, Sitemap.CONTENT_TYPE, xml, Map.of()));
    }

    /** @param format RSS or Atom, or empty for the iCalendar feed */
    private SiteResponse feed(Node eventsPage, Optional<FeedFormat> format, SiteRequest request,
            RenderRequest render) throws Exception {
        String name = Translations.text(eventsPage, "title", render.locale());
        Session events = pages.repositories().published().loginReadOnly(Workspaces.EVENTS);
        try {
            if (format.isPresent()) {
                return new SiteResponse(200, format.get().contentType(), listingFeed.feed(format.get(), eventsPage,
                        events, request.parameters(), render.locale(), request.prefix()), Map.of());
            }
            // the feed's default window is counted from today in UTC
            render.expiry().noLaterThan(Expiry.nextMidnight(render.now(), ZoneOffset.UTC));
            return new SiteResponse(200, EventCalendar.CONTENT_TYPE,
                    feed.feed(events, request.parameters(), render.locale(), request.prefix() + eventsPage.getPath(),
                            name), Map.of());
        } finally {
            events.logout();
        }
    }

    private SiteResponse detail(Session website, String path, RenderRequest render, boolean ics) throws Exception {
        String parent = path.substring(0, path.lastIndexOf('/'));
        Optional<Node> listingPage = parent.isEmpty() ? Optional.empty() : page(website, parent);
        if (listingPage.isEmpty() || !isEventsPage(templateOf(listingPage.get()))) {
            throw new NotFoundException("No page at " + path);
        }
        Session events = pages.repositories().published().loginReadOnly(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, path.substring(parent.length() + 1))
                    .orElseThrow(() -> new NotFoundException("No published event at " + path));
            if (ics) {
                return new SiteResponse(200, EventCalendar.CONTENT_TYPE, calendars.of(event, render.locale(),
                        render.prefix() + parent), Map.of());
            }
            return SiteResponse.html(200,
                    pages.render(event, pages.template(DETAIL_TEMPLATE), render, parent, Map.of()));
        } finally {
            events.logout();
        }
    }

    private static boolean validPath(String path) {
        for (String segment : path.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Node> page(Session website, String path) throws RepositoryException {
        if (!website.nodeExists(path)) {
            return Optional.empty();
        }
        Node node = website.getNode(path);
        return node.isNodeType(NodeTypes.PAGE) ? Optional.of(node) : Optional.empty();
    }

    private static boolean isEventsPage(TemplateDefinition template) {
        return EVENTS_PAGE_TEMPLATE.equals(template.id());
    }

    private TemplateDefinition templateOf(Node page) throws RepositoryException {
        String id = page.hasProperty(NodeTypes.TEMPLATE) ? page.getProperty(NodeTypes.TEMPLATE).getString() : "";
        return pages.template(id);
    }
}
