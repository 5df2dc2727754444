package dev.events.author;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.publish.WorkflowException;
import dev.events.security.Role;
import dev.events.security.User;

/**
 * Routes {@code /author/pages/**} ({@link PageAddress}) to its handlers. Everyone logged in sees the tree and
 * previews pages; only editors (and administrators) change them: anyone else's POST is refused with 403.
 */
final class PageRoutes {

    private final PageTreeHandler tree;
    private final PageEditorHandler editor;
    private final PagePropertiesHandler properties;
    private final ComponentDialogHandler components;
    private final WorkflowPages workflow;

    PageRoutes(PageTreeHandler tree, PageEditorHandler editor, PagePropertiesHandler properties,
            ComponentDialogHandler components, WorkflowPages workflow) {
        this.tree = tree;
        this.editor = editor;
        this.properties = properties;
        this.components = components;
        this.workflow = workflow;
    }

    /** @return the answer, or null when the address is no page address (a 404) */
    AuthorResponse route(HttpServletRequest request, User user, String path, boolean post) throws Exception {
        PageAddress at = PageAddress.parse(path).orElse(null);
        if (at == null) {
            return null;
        }
        try {
            if (!post) {
                return get(request, user, at);
            }
            if (!user.may(Role.EDITOR)) {
                throw new WorkflowException(403, "Only editors change pages.");
            }
            return post(request, user, at);
        } catch (WebsiteWrites.NotFoundPage e) {
            return null;
        }
    }

    private AuthorResponse get(HttpServletRequest request, User user, PageAddress at) throws Exception {
        return switch (at.action()) {
            case "" -> at.page().isEmpty() ? tree.tree(request, user) : editor.edit(request, user, at.page());
            case "properties" -> properties.form(request, user, at);
            case "delete" -> tree.confirmDelete(request, user, at.page());
            case "component" -> components.dialog(request, user, at);
            default -> null;
        };
    }

    private AuthorResponse post(HttpServletRequest request, User user, PageAddress at) throws Exception {
        return switch (at.action()) {
            case "new" -> tree.add(request, user);
            case "rename", "move", "order", "delete" -> tree.act(request, user, at);
            case "properties" -> properties.save(request, user, at);
            case "request-publication" -> workflow.requestPagePublication(request, user, at.page());
            case "request-unpublication" -> workflow.requestPageUnpublication(request, user, at.page());
            case "add" -> components.add(request, user, at);
            case "component" -> components.save(request, user, at);
            case "component-move", "component-delete" -> components.change(request, user, at);
            default -> null;
        };
    }
}
