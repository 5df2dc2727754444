package dev.events.site;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public site over HTTP: pages, web resources and {@code /health}. Every answer carries the security
 * headers; only GET and HEAD are served.
 */
public final class SiteServlet extends HttpServlet {

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'; "
                    + "base-uri 'self'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "SAMEORIGIN",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private final transient PublicSite site;
    private final transient WebResources resources;

    public SiteServlet(PublicSite site, WebResources resources) {
        this.site = site;
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        SiteResponse answer;
        if (path.equals("/health")) {
            answer = new SiteResponse(200, "text/plain; charset=UTF-8", "ok\n".getBytes(), Map.of());
        } else if (path.startsWith(WebResources.PREFIX)) {
            Optional<SiteResponse> file = resources.serve(path);
            answer = file.isPresent() ? file.get() : site.handle(SiteRequest.of("/.not-found", ""));
        } else {
            answer = site.handle(SiteRequest.of(path, request.getQueryString()));
        }
        write(answer, response);
    }

    private static void write(SiteResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        SECURITY_HEADERS.forEach(response::setHeader);
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
