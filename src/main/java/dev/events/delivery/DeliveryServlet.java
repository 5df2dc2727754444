package dev.events.delivery;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery API over HTTP at {@code /.rest/*}: GET and HEAD answer JSON with a strong {@code ETag},
 * {@code Last-Modified} and a public {@code Cache-Control}, and 304 to a client whose copy is current; OPTIONS
 * answers CORS preflights; other methods are 405. Refusals and failures answer Magnolia's error JSON; a failure
 * of the server is logged and answers 500 without details.
 */
public final class DeliveryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(DeliveryServlet.class);
    static final String JSON = "application/json";
    /** Public content, revalidated after a minute: a publication reaches clients within that time. */
    static final String CACHE_CONTROL = "public, max-age=60";

    private final transient DeliveryApi api;
    private final transient CorsPolicy cors;

    DeliveryServlet(DeliveryApi api, CorsPolicy cors) {
        this.api = api;
        this.cors = cors;
    }

    /** @return the API behind the servlet, for measurements without HTTP */
    DeliveryApi api() {
        return api;
    }

    /**
     * Answers a GET as the servlet would, without HTTP: for the benchmark's server times.
     *
     * @param path  the path below {@code /.rest}, e.g. {@code /delivery/events}
     * @param query the raw query string, or null
     * @return the JSON body of a 200 answer
     * @throws IllegalArgumentException when the API refuses the request (it would answer 4xx)
     */
    public byte[] answer(String path, String query) throws javax.jcr.RepositoryException {
        try {
            return api.answer(path, query, null).body();
        } catch (DeliveryException e) {
            throw new IllegalArgumentException(e.status() + " " + e.getMessage(), e);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        commonHeaders(response);
        try {
            switch (request.getMethod()) {
                case "GET", "HEAD" -> get(request, response, origin);
                case "OPTIONS" -> options(request, response, origin);
                default -> throw DeliveryException.methodNotAllowed(request.getMethod());
            }
        } catch (DeliveryException e) {
            error(response, e.status(), e.code(), e.getMessage(), origin, request.getMethod());
        } catch (javax.jcr.RepositoryException | RuntimeException e) {
            log.error("Delivery API failed on {} {}", request.getMethod(), request.getRequestURI(), e);
            error(response, 500, "unknown", "The server failed to answer; the failure is logged",
                    origin, request.getMethod());
        }
    }

    private void get(HttpServletRequest request, HttpServletResponse response, String origin)
            throws IOException, javax.jcr.RepositoryException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        DeliveryAnswer answer = api.answer(path, request.getQueryString(), request.getHeader("Accept-Language"));
        String etag = ConditionalGet.etag(answer.body());
        cors.headers(origin).forEach(response::setHeader);
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", ConditionalGet.httpDate(answer.lastModified()));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (ConditionalGet.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"),
                etag, answer.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(response, 200, answer.body(), request.getMethod().equals("HEAD"));
    }

    private void options(HttpServletRequest request, HttpServletResponse response, String origin) {
        response.setHeader("Allow", CorsPolicy.METHODS);
        String method = request.getHeader("Access-Control-Request-Method");
        Map<String, String> headers = method == null ? cors.headers(origin)
                : cors.preflight(origin, method, request.getHeader("Access-Control-Request-Headers"));
        headers.forEach(response::setHeader);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void error(HttpServletResponse response, int status, String code, String message, String origin,
            String method) throws IOException {
        response.reset();
        commonHeaders(response);
        response.setHeader("Cache-Control", "no-store");
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", CorsPolicy.METHODS);
        }
        cors.headers(origin).forEach(response::setHeader);
        write(response, status, JsonBodies.error(code, message), method.equals("HEAD"));
    }

    /** Headers of every answer: what it varies by, and no sniffing, framing or referrer of JSON. */
    private static void commonHeaders(HttpServletResponse response) {
        response.setHeader("Vary", "Origin, Accept-Language");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static void write(HttpServletResponse response, int status, byte[] body, boolean headOnly)
            throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setContentLength(body.length);
        if (!headOnly) {
            response.getOutputStream().write(body);
        }
    }
}
