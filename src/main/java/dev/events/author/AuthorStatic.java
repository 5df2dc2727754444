package dev.events.author;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The author UI's static files: its own style sheet and script, and the TinyMCE rich-text editor from its
 * webjar. Paths are checked segment by segment; nothing outside those folders is served.
 */
final class AuthorStatic {

    private static final String TINYMCE = "/META-INF/resources/webjars/tinymce/7.3.0/";
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "woff", "font/woff", "woff2", "font/woff2",
            "svg", "image/svg+xml", "png", "image/png", "gif", "image/gif");

    private AuthorStatic() {
    }

    /** Serves {@code /author/static/<path>}; answers 404 for anything else. */
    static void serve(String path, HttpServletResponse response) throws IOException {
        Optional<InputStream> file = open(path);
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (file.isEmpty() || type == null) {
            file.ifPresent(AuthorStatic::closeQuietly);
            response.sendError(404);
            return;
        }
        try (InputStream in = file.get()) {
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }

    private static Optional<InputStream> open(String path) {
        if (!PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        String resource = path.startsWith("tinymce/") ? TINYMCE + path.substring("tinymce/".length())
                : "/dev/events/author/static/" + path;
        return Optional.ofNullable(AuthorStatic.class.getResourceAsStream(resource));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }
}
