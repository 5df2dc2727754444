package dev.events.site;

import java.util.Map;
import java.util.Set;

import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.content.Workspaces;
import dev.events.render.InvalidParameterException;
import dev.events.render.NotFoundException;
import dev.events.render.RenderRequest;

/**
 * The error pages visitors see, rendered by the module's error template in the request's language: 404 for
 * what does not exist, 400 naming a bad parameter, 500 without any detail of the failure.
 */
final class ErrorPages {

    /** The statuses the error template has words for; others use 400 or 500. */
    private static final Set<Integer> DESCRIBED = Set.of(400, 404, 405, 413, 414, 500);
    private static final String TEMPLATE = "events:pages/error";
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final SitePages pages;

    ErrorPages(SitePages pages) {
        this.pages = pages;
    }

    /** @return the page for a failure while answering {@code request} */
    SiteResponse forFailure(Exception e, RenderRequest request) {
        Throwable cause = expected(e);
        if (cause instanceof NotFoundException) {
            return page(404, "", request);
        }
        if (cause instanceof InvalidParameterException) {
            return page(400, cause.getMessage(), request);
        }
        log.error("Cannot render {}", request.uri(), e);
        return page(500, "", request);
    }

    /** @return the error page for a status, with an optional detail for the visitor */
    SiteResponse page(int status, String detail, RenderRequest request) {
        int described = DESCRIBED.contains(status) ? status : status >= 500 ? 500 : 400;
        Map<String, Object> error = Map.of("status", status, "kind", described, "detail", detail);
        try {
            Session website = pages.repositories().published().loginReadOnly(Workspaces.WEBSITE);
            try {
                return SiteResponse.html(status, pages.render(website.getRootNode(), pages.template(TEMPLATE),
                        request, PublicSite.EVENTS_PAGE, Map.of("error", error)));
            } finally {
                website.logout();
            }
        } catch (Exception again) {
            log.error("Cannot render the error page for {}", request.uri(), again);
            return SiteResponse.html(status, "<!DOCTYPE html><title>Error " + status + "</title>");
        }
    }

    private static Throwable expected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException || t instanceof InvalidParameterException) {
                return t;
            }
        }
        return e;
    }
}
