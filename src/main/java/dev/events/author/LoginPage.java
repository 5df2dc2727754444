package dev.events.author;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.security.LoginThrottles;
import dev.events.security.User;
import dev.events.security.UserStore;

/**
 * {@code /author/login} and {@code /author/logout}. Failed logins are throttled per user name and per client
 * address; a successful one starts a new session.
 */
final class LoginPage {

    private final UserStore users;
    private final LoginThrottles throttles;
    private final AuthorTemplates templates;

    LoginPage(UserStore users, LoginThrottles throttles, AuthorTemplates templates) {
        this.users = users;
        this.throttles = throttles;
        this.templates = templates;
    }

    AuthorResponse form(HttpServletRequest request) {
        return page(200, request, "", "");
    }

    AuthorResponse login(HttpServletRequest request) throws javax.jcr.RepositoryException {
        String name = Optional.ofNullable(request.getParameter("username")).orElse("").strip();
        String password = Optional.ofNullable(request.getParameter("password")).orElse("");
        String address = request.getRemoteAddr();
        if (!throttles.names().allowed(name) || !throttles.addresses().allowed(address)) {
            long seconds = Math.max(throttles.names().retryAfter(name).toSeconds(),
                    throttles.addresses().retryAfter(address).toSeconds());
            return page(429, request, name, "Too many failed logins. Try again in " + minutes(seconds) + ".");
        }
        Optional<User> user = users.authenticate(name, password.toCharArray());
        if (user.isEmpty()) {
            throttles.names().failed(name);
            throttles.addresses().failed(address);
            return page(401, request, name, "Wrong user name or password.");
        }
        throttles.names().succeeded(name);
        AuthSession.login(request, user.get());
        return AuthorResponse.redirect(AuthorServlet.safeNext(request.getParameter("next")));
    }

    AuthorResponse logout(HttpServletRequest request) {
        AuthSession.logout(request);
        return AuthorResponse.redirect(AuthorServlet.BASE + "/login");
    }

    private AuthorResponse page(int status, HttpServletRequest request, String name, String error) {
        return AuthorResponse.page(status, templates.render("login.ftl", Map.of(
                "csrf", AuthSession.csrfToken(request), "username", name, "error", error,
                "next", AuthorServlet.safeNext(request.getParameter("next")))));
    }

    private static String minutes(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
