package dev.events.author;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.publish.WorkflowException;
import dev.events.security.Role;
import dev.events.security.User;

/**
 * The author UI at {@code /author/*}. Every page but login needs a logged-in user (anonymous visitors are sent
 * to the login page); every POST needs the session's CSRF token ({@code _csrf}), else 403.
 */
public final class AuthorServlet extends HttpServlet {

    static final String BASE = "/author";
    private static final Logger log = LoggerFactory.getLogger(AuthorServlet.class);
    private static final Map<String, String> HEADERS = Map.of(
            // TinyMCE styles its UI inline; scripts stay limited to this site's files
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' "
                    + "'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store");

    private static final Pattern EVENT = Pattern.compile(
            "/events/([a-z0-9-]+)(/restore|/delete|/request-publication|/request-unpublication)?");
    private static final Pattern TASK = Pattern.compile("/tasks/([0-9a-f]{16})/(claim|approve|reject)");
    private static final Pattern TRASHED = Pattern.compile("/trash/([a-z0-9-]+)/(restore|purge)");
    private static final Pattern ASSET = Pattern.compile("/dam/(jcr:[0-9a-fA-F-]{36})(/.*)?");

    private final transient LoginPage login;
    private final transient BrowserPageHandler browser;
    private final transient EditorPageHandler editor;
    private final transient HistoryActions history;
    private final transient ImportPage imports;
    private final transient WorkflowPages workflow;
    private final transient AuthorTemplates templates;
    private final transient PageRoutes pages;

    /** The author UI's pages; see {@link AuthorModule}. */
    public AuthorServlet(LoginPage login, BrowserPageHandler browser, EditorPageHandler editor,
            HistoryActions history, ImportPage imports, WorkflowPages workflow, AuthorTemplates templates,
            PageRoutes pages) {
        this.pages = pages;
        this.login = login;
        this.browser = browser;
        this.editor = editor;
        this.history = history;
        this.imports = imports;
        this.workflow = workflow;
        this.templates = templates;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Objects.toString(request.getPathInfo(), "/");
        // on every answer, the UI's static files and stored files included
        HEADERS.forEach(response::setHeader);
        if (path.startsWith("/static/")) {
            AuthorStatic.serve(path.substring("/static/".length()), response);
            return;
        }
        Matcher asset = ASSET.matcher(path);
        if (asset.matches() && AuthSession.user(request).isPresent() && history.serveAsset(asset.group(1), response)) {
            return;
        }
        write(answer(request, path), response);
    }

    private AuthorResponse answer(HttpServletRequest request, String path) {
        try {
            return route(request, path, request.getMethod());
        } catch (BadParameterException e) {
            return error(400, e.getMessage(), request);
        } catch (WorkflowException e) {
            return error(e.status(), e.getMessage(), request);
        } catch (Exception e) {
            Optional<RequestFailures.Refusal> refusal = RequestFailures.of(e);
            if (refusal.isPresent()) {
                log.info("Refused {} {} with {}: {}", request.getMethod(), path, refusal.get().status(),
                        e.getMessage());
                return error(refusal.get().status(), refusal.get().message(), request);
            }
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
        AuthorResponse page = path.startsWith("/pages") ? pages.route(request, user, path, post)
                : post ? routePost(request, path, user) : routeGet(request, path, user);
        return page != null ? page : error(404, "There is no author page at this address.", request);
    }

    private AuthorResponse routeGet(HttpServletRequest request, String path, User user) throws Exception {
        return switch (path) {
            case "", "/" -> AuthorResponse.redirect(BASE + "/events");
            case "/events" -> browser.get(request, user);
            case "/events/new" -> editor.newForm(request, user);
            case "/tasks" -> workflow.inbox(request, user, "", 200);
            case "/trash" -> history.trashPage(request, user, "");
            case "/import" -> imports.form(request, user);
            case "/audit.csv" -> user.roles().contains(Role.ADMIN) ? workflow.auditCsv()
                    : error(403, "The audit trail is for administrators.", request);
            default -> {
                Matcher event = EVENT.matcher(path);
                yield event.matches() && event.group(2) == null ? editor.edit(request, user, event.group(1)) : null;
            }
        };
    }

    private AuthorResponse routePost(HttpServletRequest request, String path, User user) throws Exception {
        switch (path) {
            case "/logout":
                return login.logout(request);
            case "/events/new":
                return editor.create(request, user);
            case "/import":
                return imports.upload(request, user);
            default:
                break;
        }
        Matcher event = EVENT.matcher(path);
        if (event.matches()) {
            return eventAction(request, user, event.group(1), event.group(2) == null ? "" : event.group(2));
        }
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
            return workflow.decide(request, user, task.group(1), task.group(2));
        }
        Matcher trashed = TRASHED.matcher(path);
        if (trashed.matches()) {
            return trashed.group(2).equals("restore") ? history.untrash(request, user, trashed.group(1))
                    : history.purge(request, user, trashed.group(1));
        }
        return null;
    }

    private AuthorResponse eventAction(HttpServletRequest request, User user, String name, String action)
            throws Exception {
        return switch (action) {
            case "" -> editor.update(request, user, name);
            case "/restore" -> history.restoreVersion(request, user, name);
            case "/delete" -> history.trash(user, name);
            case "/request-publication" -> workflow.requestPublication(request, user, name);
            default -> workflow.requestUnpublication(request, user, name);
        };
    }

    /** @return a local author path to go to after login; anything else goes to the events browser */
    static String safeNext(String next) {
        // no dot segments, doubled slashes, backslashes or blanks: browsers would resolve those off the author UI
        boolean local = next != null && next.startsWith(BASE + "/") && !next.contains("//") && !next.contains("..")
                && !next.contains("\\") && next.chars().noneMatch(c -> c <= ' ') && !next.startsWith(BASE + "/login");
        return local ? next : BASE + "/events";
    }

    private AuthorResponse error(int status, String message, HttpServletRequest request) {
        Optional<User> user = AuthSession.user(request);
        // the header's logout form needs the session's token; visitors who are not logged in get no session
        return AuthorResponse.page(status, templates.render("error.ftl", Map.of("status", status,
                "message", message, "user", user.map(User::name).orElse(""),
                "csrf", user.isPresent() ? AuthSession.csrfToken(request) : "")));
    }

    private static void write(AuthorResponse answer, HttpServletResponse response) throws IOException {
        if (answer.location() != null) {
            response.setStatus(answer.status());
            response.setHeader("Location", answer.location());
            return;
        }
        byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType(answer.type());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
