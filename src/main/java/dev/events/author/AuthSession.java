package dev.events.author;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import dev.events.security.User;

/**
 * The author's HTTP session: who is logged in and the session's CSRF token. Login changes the session id
 * (no fixation) and the token.
 */
final class AuthSession {

    static final String CSRF_FIELD = "_csrf";
    private static final String USER = "events.user";
    private static final String CSRF = "events.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthSession() {
    }

    /** @return the logged-in user, if any */
    static Optional<User> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((User) session.getAttribute(USER));
    }

    /** @return the session's CSRF token, creating the session and the token when needed */
    static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            token = newToken();
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    /** @return true when the request carries the session's CSRF token */
    static boolean csrfValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF);
        String given = request.getParameter(CSRF_FIELD);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Logs the user in under a new session id and a new CSRF token. */
    static void login(HttpServletRequest request, User user) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession(false);
        session.setAttribute(USER, user);
        session.setAttribute(CSRF, newToken());
    }

    /** Ends the session. */
    static void logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
