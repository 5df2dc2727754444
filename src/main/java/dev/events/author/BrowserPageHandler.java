package dev.events.author;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.PublicationStatus;
import dev.events.security.User;

/** {@code /author/events}: the events browser. Unknown filter values answer 400 naming the parameter. */
final class BrowserPageHandler {

    private static final int MAX_PAGE = 100_000;
    private final EventBrowser browser;
    private final AuthorTemplates templates;

    BrowserPageHandler(EventBrowser browser, AuthorTemplates templates) {
        this.browser = browser;
        this.templates = templates;
    }

    AuthorResponse get(HttpServletRequest request, User user) throws Exception {
        BrowserQuery query = query(request);
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("csrf", AuthSession.csrfToken(request));
        model.put("query", query);
        model.put("result", browser.browse(query));
        model.put("statuses", PublicationStatus.values());
        return AuthorResponse.page(200, templates.render("events.ftl", model));
    }

    private static BrowserQuery query(HttpServletRequest request) {
        String status = parameter(request, "status");
        PublicationStatus wanted = status.isEmpty() ? null : PublicationStatus.of(status).orElseThrow(() ->
                new BadParameterException("status", "must be one of not-published, modified, published"));
        String sort = parameter(request, "sort");
        if (!sort.isEmpty() && !sort.equals("date") && !sort.equals("title")) {
            throw new BadParameterException("sort", "must be date or title");
        }
        String folder = parameter(request, "folder");
        if (!folder.isEmpty() && !folder.matches("[a-z0-9][a-z0-9-]*")) {
            throw new BadParameterException("folder", "is not a folder name");
        }
        return new BrowserQuery(parameter(request, "q"), parameter(request, "category"), wanted, folder,
                sort.equals("title"), page(parameter(request, "page")));
    }

    private static int page(String value) {
        try {
            int page = value.isEmpty() ? 1 : Integer.parseInt(value);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException("page", "must be a whole number from 1 to " + MAX_PAGE);
    }

    private static String parameter(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).orElse("").strip();
    }
}
