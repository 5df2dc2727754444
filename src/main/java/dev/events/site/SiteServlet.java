package dev.events.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public site over HTTP: pages, web resources and {@code /health}. Only GET and HEAD are served; every
 * answer carries the security headers. A page cache's answer named by {@code If-None-Match} is a 304
 * ({@link NotModified}).
 */
public final class SiteServlet extends HttpServlet {

    /**
     * Headers on every public answer, error pages included. Pages have no inline script (the JSON-LD block is
     * data, which CSP never executes) and no inline style, so neither is allowed; nothing frames the site, not
     * even the author UI's page editor, which renders pages itself.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
                    + "form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private final transient PublicSite site;
    private final transient WebResources resources;

    public SiteServlet(PublicSite site, WebResources resources) {
        this.site = site;
        this.resources = resources;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            write(NotModified.check(request.getHeader("If-None-Match"), answer(request)), response,
                    method.equals("HEAD"));
        } else {
            response.setHeader("Allow", "GET, HEAD");
            write(site.error(405, SiteRequest.of(path(request), "")), response, false);
        }
    }

    private SiteResponse answer(HttpServletRequest request) throws IOException {
        String path = path(request);
        if (path.equals("/health")) {
            return new SiteResponse(200, "text/plain; charset=UTF-8", "ok\n".getBytes(StandardCharsets.UTF_8),
                    Map.of());
        }
        if (path.startsWith("/dam/")) {
            Optional<SiteResponse> asset = site.asset(path);
            return asset.isPresent() ? asset.get() : site.error(404, SiteRequest.of(path, ""));
        }
        if (path.startsWith(WebResources.PREFIX)) {
            Optional<SiteResponse> file = resources.serve(path);
            return file.isPresent() ? file.get() : site.error(404, SiteRequest.of(path, ""));
        }
        return site.handle(SiteRequest.of(path, request.getQueryString()));
    }

    /** @return the decoded path; Jetty has refused ambiguous encodings (encoded slashes, dots) already */
    private static String path(HttpServletRequest request) {
        return Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
    }

    static void write(SiteResponse answer, HttpServletResponse response, boolean headOnly) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        SECURITY_HEADERS.forEach(response::setHeader);
        answer.headers().forEach(response::setHeader);
        if (answer.status() == HttpServletResponse.SC_NOT_MODIFIED) {
            return; // no body, and no Content-Length that a cache would take for the page's
        }
        response.setContentLength(answer.body().length);
        if (!headOnly) {
            response.getOutputStream().write(answer.body());
        }
    }
}
