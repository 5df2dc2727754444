package dev.events.site;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.content.EventCatalog;
import dev.events.content.EventLookup;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;
import dev.events.render.EventTemplatingFunctions;
import dev.events.render.InvalidParameterException;
import dev.events.render.NotFoundException;
import dev.events.render.PageRenderer;
import dev.events.render.RenderRequest;

/**
 * Answers visitors' page requests from the public repository: a page of {@code website} renders with its
 * template; {@code /events/{name}} below an events page renders the event with the detail template; anything
 * else is a 404 page. A bad query parameter is a 400 page naming it. Sessions are opened on the public
 * repository only.
 */
public final class PublicSite {

    static final String EVENTS_PAGE = "/events";
    static final String EVENTS_PAGE_TEMPLATE = "events:pages/events-page";
    static final String DETAIL_TEMPLATE = "events:pages/event-detail";
    static final String ERROR_TEMPLATE = "events:pages/error";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Logger log = LoggerFactory.getLogger(PublicSite.class);

    private final Repositories repositories;
    private final DefinitionRegistry definitions;
    private final PageRenderer renderer;
    private final EventCatalog catalog;
    private final Clock clock;

    public PublicSite(Repositories repositories, DefinitionRegistry definitions, PageRenderer renderer,
            EventCatalog catalog, Clock clock) {
        this.repositories = repositories;
        this.definitions = definitions;
        this.renderer = renderer;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** @return the page for the request; never throws */
    public SiteResponse handle(SiteRequest request) {
        RenderRequest render = new RenderRequest(request.uri(), request.locale(), request.prefix(),
                request.parameters(), false, clock.instant());
        try {
            return route(request, render);
        } catch (Exception e) {
            return failure(e, render);
        }
    }

    private SiteResponse route(SiteRequest request, RenderRequest render) throws Exception {
        if (request.path().equals("/")) {
            return SiteResponse.redirect(request.prefix() + EVENTS_PAGE);
        }
        if (!validPath(request.path())) {
            throw new NotFoundException("Not a content path: " + request.path());
        }
        Session website = repositories.published().login(Workspaces.WEBSITE);
        try {
            Optional<Node> page = page(website, request.path());
            if (page.isPresent()) {
                return SiteResponse.html(200, render(page.get(), templateOf(page.get()), render, Map.of()));
            }
            return detail(website, request, render);
        } finally {
            website.logout();
        }
    }

    private SiteResponse detail(Session website, SiteRequest request, RenderRequest render) throws Exception {
        String path = request.path();
        String parent = path.substring(0, path.lastIndexOf('/'));
        Optional<Node> listingPage = parent.isEmpty() ? Optional.empty() : page(website, parent);
        if (listingPage.isEmpty() || !EVENTS_PAGE_TEMPLATE.equals(templateOf(listingPage.get()).id())) {
            throw new NotFoundException("No page at " + path);
        }
        Session events = repositories.published().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, path.substring(parent.length() + 1))
                    .orElseThrow(() -> new NotFoundException("No published event at " + path));
            return SiteResponse.html(200, render(event, definition(DETAIL_TEMPLATE), render, Map.of()));
        } finally {
            events.logout();
        }
    }

    private static boolean validPath(String path) {
        String[] segments = path.substring(1).split("/", -1);
        for (String segment : segments) {
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

    private TemplateDefinition templateOf(Node page) throws RepositoryException {
        String id = page.hasProperty(NodeTypes.TEMPLATE) ? page.getProperty(NodeTypes.TEMPLATE).getString() : "";
        return definition(id);
    }

    private TemplateDefinition definition(String id) {
        return definitions.template(id).orElseThrow(() -> new IllegalStateException("Unknown template " + id));
    }

    private String render(Node content, TemplateDefinition def, RenderRequest render, Map<String, Object> extra)
            throws Exception {
        EventTemplatingFunctions eventfn = new EventTemplatingFunctions(catalog,
                () -> repositories.published().login(Workspaces.EVENTS), render.locale(), render.now(),
                render.prefix() + EVENTS_PAGE, new QueryLinks(render));
        return renderer.render(content, def, render, eventfn, extra);
    }

    private SiteResponse failure(Exception e, RenderRequest render) {
        Throwable cause = rootOf(e);
        int status = cause instanceof NotFoundException ? 404
                : cause instanceof InvalidParameterException ? 400 : 500;
        if (status == 500) {
            log.error("Cannot render {}", render.uri(), e);
        }
        String detail = status == 400 ? cause.getMessage() : "";
        try {
            Session website = repositories.published().login(Workspaces.WEBSITE);
            try {
                return SiteResponse.html(status, render(website.getRootNode(), definition(ERROR_TEMPLATE), render,
                        Map.of("error", Map.of("status", status, "detail", detail))));
            } finally {
                website.logout();
            }
        } catch (Exception again) {
            log.error("Cannot render the error page for {}", render.uri(), again);
            return SiteResponse.html(status, "<!DOCTYPE html><title>Error " + status + "</title>");
        }
    }

    private static Throwable rootOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException || t instanceof InvalidParameterException) {
                return t;
            }
        }
        return e;
    }
}
