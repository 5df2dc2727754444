package dev.events.author;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.PageProperties;
import dev.events.content.PublicationStatus;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.EventWorkflowState;
import dev.events.publish.WorkflowService;
import dev.events.render.InvalidParameterException;
import dev.events.render.NotFoundException;
import dev.events.render.RenderRequest;
import dev.events.security.Role;
import dev.events.security.User;
import dev.events.site.PagePreview;

/**
 * {@code /author/pages/{path}}: the page editor. The page is rendered by its own template in edit mode, as the
 * public site renders it, with the editor's bars around its areas and components ({@link PageChrome}) and the
 * page's bar (properties, publication) at the top of its body.
 */
final class PageEditorHandler {

    private final Repositories repositories;
    private final PagePreview preview;
    private final PageTree tree;
    private final ChromeFactory chromes;
    private final WorkflowService workflow;
    private final AuthorTemplates templates;
    private final Clock clock;

    /** Makes the chrome of one page for one user. */
    @FunctionalInterface
    interface ChromeFactory {
        PageChrome of(String page, String csrf, boolean editable, Map<String, String> problems);
    }

    PageEditorHandler(Repositories repositories, PagePreview preview, PageTree tree, ChromeFactory chromes,
            WorkflowService workflow, AuthorTemplates templates, Clock clock) {
        this.repositories = repositories;
        this.preview = preview;
        this.tree = tree;
        this.chromes = chromes;
        this.workflow = workflow;
        this.templates = templates;
        this.clock = clock;
    }

    /** GET {@code /author/pages/{path}}. */
    AuthorResponse edit(HttpServletRequest request, User user, String path) throws Exception {
        return edit(request, user, path, 200, Map.of());
    }

    /**
     * @param problems the refusal of an add, by area name
     * @return the editor, with {@code status}
     */
    AuthorResponse edit(HttpServletRequest request, User user, String path, int status, Map<String, String> problems)
            throws Exception {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            Node page = WebsiteWrites.page(website, path);
            String csrf = AuthSession.csrfToken(request);
            boolean editable = user.may(Role.EDITOR);
            RenderRequest render = new RenderRequest(AuthorServlet.BASE + "/pages" + path, Locale.ENGLISH, "",
                    parameters(request), true, clock.instant());
            String html;
            try {
                html = preview.render(page, render, chromes.of(path, csrf, editable, problems));
            } catch (Exception e) {
                return refused(e);
            }
            String bar = templates.render("page-bar.ftl", bar(page, user, csrf, editable, request));
            return AuthorResponse.page(status, afterBody(html, bar));
        } finally {
            website.logout();
        }
    }

    private Map<String, Object> bar(Node page, User user, String csrf, boolean editable, HttpServletRequest request)
            throws Exception {
        String id = page.getIdentifier();
        Map<String, Object> model = new HashMap<>();
        model.put("user", user.name());
        model.put("csrf", csrf);
        model.put("editable", editable);
        model.put("path", page.getPath());
        model.put("title", page.hasProperty(PageProperties.TITLE) ? page.getProperty(PageProperties.TITLE)
                .getString() : page.getName());
        model.put("template", tree.templateTitle(PageComponents.templateOf(page)));
        model.put("publication", PublicationStatus.of(page).value());
        model.put("workflow", EventWorkflowState.of(page));
        model.put("workflowNote", EventWorkflowState.note(page));
        model.put("audit", workflow.audit(entry -> entry.eventId().equals(id)));
        model.put("notice", notice(request));
        return model;
    }

    private static String notice(HttpServletRequest request) {
        for (String[] done : new String[][] {{"added", "Page added. Add components to its areas."},
                {"saved", "Saved."}, {"requested", "Your request was sent to the publishers."}}) {
            if (request.getParameter(done[0]) != null) {
                return done[1];
            }
        }
        return "";
    }

    /** A bad parameter of a component (a listing's {@code ?sort=}) is the editor's 400, as on the site. */
    private static AuthorResponse refused(Exception e) throws Exception {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                String message = invalid.getMessage();
                throw new BadParameterException(invalid.parameter(), message.substring(message.indexOf("': ") + 3));
            }
            if (t instanceof NotFoundException) {
                throw new WebsiteWrites.NotFoundPage(t.getMessage());
            }
        }
        throw e;
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    /** @return the page with the bar as the first thing of its body */
    static String afterBody(String html, String bar) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? bar + html : html.substring(0, end + 1) + "\n" + bar + html.substring(end + 1);
    }
}
