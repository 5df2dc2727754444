package dev.events.author;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.security.User;

/**
 * The author UI at {@code /author/*}. Every page but login needs a logged-in user (anonymous visitors are sent
 * to the login page); every POST needs the session's CSRF token ({@code _csrf}), else 403.
 */
public final class AuthorServlet extends HttpServlet {

    static final String BASE = "/author";
    private static final Logger log = LoggerFactory.getLogger(AuthorServlet.class);
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                    + "base-uri 'self'; form-action 'self'",
            "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store");

    private final transient LoginPage login;
    private final transient BrowserPageHandler browser;
    private final transient AuthorTemplates templates;

    public AuthorServlet(LoginPage login, BrowserPageHandler browser, AuthorTemplates templates) {
        this.login = login;
        this.browser = browser;
        this.templates = templates;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Objects.toString(request.getPathInfo(), "/");
        if (path.startsWith("/static/")) {
            serveStatic(path.substring("/static/".length()), response);
            return;
        }
        write(answer(request, path), response);
    }

    private AuthorResponse answer(HttpServletRequest request, String path) {
        try {
            return route(request, path, request.getMethod());
        } catch (BadParameterException e) {
            return error(400, e.getMessage(), request);
        } catch (Exception e) {
            log.error("Author page {} failed", path, e);
            return error(500, "The page could not be shown.", request);
        }
    }

    private AuthorResponse route(HttpServletRequest request, String path, String method) throws Exception {
        boolean post = method.equals("POST");
        if (!post && !method.equals("GET") && !method.equals("HEAD")) {
            return error(405, "This address takes GET and POST only.", request);
        }
        if (post && !AuthSession.csrfValid(request)) {
            return error(403, "The form has expired or did not come from this site. Reload it and try again.",
                    request);
        }
        if (path.equals("/login")) {
            return post ? login.login(request) : login.form(request);
        }
        Optional<User> user = AuthSession.user(request);
        if (user.isEmpty()) {
            return AuthorResponse.redirect(BASE + "/login?next=" + java.net.URLEncoder.encode(
                    BASE + path, StandardCharsets.UTF_8));
        }
        return routeLoggedIn(request, path, post, user.get());
    }

    private AuthorResponse routeLoggedIn(HttpServletRequest request, String path, boolean post, User user)
            throws Exception {
        if (path.equals("/logout") && post) {
            return login.logout(request);
        }
        if (path.equals("/") || path.isEmpty()) {
            return AuthorResponse.redirect(BASE + "/events");
        }
        if (path.equals("/events") && !post) {
            return browser.get(request, user);
        }
        return error(404, "There is no author page at this address.", request);
    }

    /** @return a local author path to go to after login; anything else goes to the events browser */
    static String safeNext(String next) {
        boolean local = next != null && next.startsWith(BASE + "/") && !next.startsWith("//")
                && !next.contains("\\") && !next.startsWith(BASE + "/login");
        return local ? next : BASE + "/events";
    }

    private AuthorResponse error(int status, String message, HttpServletRequest request) {
        return AuthorResponse.page(status, templates.render("error.ftl", Map.of("status", status,
                "message", message, "user", AuthSession.user(request).map(User::name).orElse(""))));
    }

    private void serveStatic(String name, HttpServletResponse response) throws IOException {
        InputStream in = name.matches("[a-z0-9-]+\\.css") ? AuthorServlet.class.getResourceAsStream("static/" + name)
                : null;
        if (in == null) {
            response.sendError(404);
            return;
        }
        try (in) {
            response.setContentType("text/css; charset=UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    private static void write(AuthorResponse answer, HttpServletResponse response) throws IOException {
        HEADERS.forEach(response::setHeader);
        if (answer.location() != null) {
            response.setStatus(answer.status());
            response.setHeader("Location", answer.location());
            return;
        }
        byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
