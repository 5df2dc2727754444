package dev.events.author;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.events.content.Asset;
import dev.events.content.AssetStore;
import dev.events.content.EventHistory;
import dev.events.content.EventLookup;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.WorkflowService;
import dev.events.security.User;

/** Restoring versions, the trash ({@code /author/trash}) and the author's view of stored files. */
final class HistoryActions {

    private final Repositories repositories;
    private final EventHistory history;
    private final AssetStore assets;
    private final WorkflowService workflow;
    private final AuthorTemplates templates;

    HistoryActions(Repositories repositories, EventHistory history, AssetStore assets, WorkflowService workflow,
            AuthorTemplates templates) {
        this.repositories = repositories;
        this.history = history;
        this.assets = assets;
        this.workflow = workflow;
        this.templates = templates;
    }

    /** POST {@code /author/events/{name}/restore} with {@code version}. */
    AuthorResponse restoreVersion(HttpServletRequest request, User user, String name) throws Exception {
        String version = Optional.ofNullable(request.getParameter("version")).orElse("");
        String id = id(name);
        try {
            history.restore(id, version, user.name());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("version", e.getMessage());
        }
        workflow.recordRestore(id, name, version, user);
        return AuthorResponse.redirect(AuthorServlet.BASE + "/events/" + name + "?restored=1");
    }

    /** POST {@code /author/events/{name}/delete}: to the trash. */
    AuthorResponse trash(User user, String name) throws Exception {
        history.trash(id(name), user.name());
        return AuthorResponse.redirect(AuthorServlet.BASE + "/trash");
    }

    /** GET {@code /author/trash}. */
    AuthorResponse trashPage(HttpServletRequest request, User user, String problem) throws Exception {
        return AuthorResponse.page(problem.isEmpty() ? 200 : 409, templates.render("trash.ftl", Map.of(
                "user", user, "csrf", AuthSession.csrfToken(request), "events", history.trashed(),
                "problem", problem)));
    }

    /** POST {@code /author/trash/{name}/restore}. */
    AuthorResponse untrash(HttpServletRequest request, User user, String name) throws Exception {
        try {
            history.restoreFromTrash(id(name), user.name());
        } catch (IllegalStateException notTrashed) {
            return trashPage(request, user, notTrashed.getMessage());
        }
        return AuthorResponse.redirect(AuthorServlet.BASE + "/events/" + name);
    }

    /** POST {@code /author/trash/{name}/purge}: refused while the event is still published. */
    AuthorResponse purge(HttpServletRequest request, User user, String name) throws Exception {
        try {
            String id = id(name);
            if (!workflow.openTasksOf(id).isEmpty()) {
                throw new IllegalStateException("A publication request for this event is still open; "
                        + "a publisher must decide on it first.");
            }
            history.purge(id);
            return AuthorResponse.redirect(AuthorServlet.BASE + "/trash");
        } catch (IllegalStateException e) {
            return trashPage(request, user, e.getMessage());
        }
    }

    /** GET {@code /author/dam/jcr:<uuid>}: a stored file, with the type detected when it was stored. */
    boolean serveAsset(String key, HttpServletResponse response) throws IOException {
        Optional<Asset> asset = assets.find(key);
        if (asset.isEmpty()) {
            return false;
        }
        response.setContentType(asset.get().mimeType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + asset.get().fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return assets.copyTo(key, response.getOutputStream());
    }

    private String id(String name) throws Exception {
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            Optional<Node> event = EventLookup.byName(session, name);
            if (event.isEmpty()) {
                throw new BadParameterException("name", "there is no event " + name);
            }
            return event.get().getIdentifier();
        } finally {
            session.logout();
        }
    }
}
