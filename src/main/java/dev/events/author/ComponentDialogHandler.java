package dev.events.author;

import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.security.User;

/**
 * The components of the page editor: add one to an area (then its dialog opens), its dialog (a form generated
 * from the dialog definition, checked on the server: refused input answers 422 with a message beside each
 * field, and writes nothing), move up or down, delete. Every change goes back to the page editor.
 */
final class ComponentDialogHandler {

    private final PageComponents components;
    private final PageEditorHandler editor;
    private final DialogPages dialogs;
    private final Repositories repositories;

    ComponentDialogHandler(PageComponents components, PageEditorHandler editor, DialogPages dialogs,
            Repositories repositories) {
        this.components = components;
        this.editor = editor;
        this.dialogs = dialogs;
        this.repositories = repositories;
    }

    /** POST {@code /author/pages/{path}/areas/{area}/add} with {@code template}. */
    AuthorResponse add(HttpServletRequest request, User user, PageAddress at) throws Exception {
        try {
            String name = components.add(at.page(), at.area(), request.getParameter("template"), user.name());
            return AuthorResponse.redirect(base(at) + "/components/" + name + "?added=1");
        } catch (InputException e) {
            return editor.edit(request, user, at.page(), 422, Map.of(at.area(), e.problems().get("template")));
        }
    }

    /** GET {@code /author/pages/{path}/areas/{area}/components/{name}}: the dialog. */
    AuthorResponse dialog(HttpServletRequest request, User user, PageAddress at) throws Exception {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        Session events = repositories.author().login(Workspaces.EVENTS);
        try {
            Node component = components.component(WebsiteWrites.page(website, at.page()), at.area(), at.component());
            DialogForm form = components.form(PageComponents.templateOf(component));
            String notice = request.getParameter("added") != null ? "Added. Configure it, then save." : "";
            return dialogs.page(200, request, user, form, DialogValues.read(component, form, events), Map.of(),
                    address(at), at.editor(), notice);
        } finally {
            events.logout();
            website.logout();
        }
    }

    /** POST {@code /author/pages/{path}/areas/{area}/components/{name}}: saves the dialog. */
    AuthorResponse save(HttpServletRequest request, User user, PageAddress at) throws Exception {
        DialogForm form = form(at);
        EditorValues values = EditorValues.fromForm(form.tabs(), request::getParameter, request::getParameterValues);
        try {
            components.save(at.page(), at.area(), at.component(), values, user.name());
            return AuthorResponse.redirect(at.editor() + "?saved=1");
        } catch (InputException e) {
            return dialogs.page(422, request, user, form, values, e.problems(), address(at), at.editor(), "");
        }
    }

    /** POST {@code .../components/{name}/move} with {@code direction}, or {@code .../delete}. */
    AuthorResponse change(HttpServletRequest request, User user, PageAddress at) throws Exception {
        try {
            if (at.action().equals("component-move")) {
                components.move(at.page(), at.area(), at.component(), request.getParameter("direction"),
                        user.name());
            } else {
                components.delete(at.page(), at.area(), at.component(), user.name());
            }
        } catch (InputException e) {
            throw new BadParameterException("direction", e.problems().get("direction"));
        }
        return AuthorResponse.redirect(at.editor() + "?saved=1");
    }

    private DialogForm form(PageAddress at) throws Exception {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            Node component = components.component(WebsiteWrites.page(website, at.page()), at.area(), at.component());
            return components.form(PageComponents.templateOf(component));
        } finally {
            website.logout();
        }
    }

    private static String base(PageAddress at) {
        return at.editor() + "/areas/" + at.area();
    }

    private static String address(PageAddress at) {
        return base(at) + "/components/" + at.component();
    }
}
