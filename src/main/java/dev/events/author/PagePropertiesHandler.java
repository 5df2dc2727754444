package dev.events.author;

import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.PageProperties;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.DialogDefinition;
import dev.events.definition.FieldDefinition;
import dev.events.definition.TemplateDefinition;
import dev.events.security.User;

/**
 * {@code /author/pages/{path}/properties}: the page properties dialog. A page template's own {@code dialog}
 * when it names one, else title (required), navigation title and "hide in navigation".
 */
final class PagePropertiesHandler {

    /** The dialog of page templates that name none. */
    static final DialogDefinition DEFAULT_DIALOG = new DialogDefinition("runtime:pages/properties",
            "Page properties", List.of(
                    new FieldDefinition(PageProperties.TITLE, "textField", "Title", true, true, true, List.of(),
                            Map.of()),
                    new FieldDefinition(PageProperties.NAVIGATION_TITLE, "textField", "Navigation title", false,
                            true, true, List.of(), Map.of("description", "A shorter title for menus; the title "
                                    + "when empty.")),
                    new FieldDefinition(PageProperties.HIDE_IN_NAV, "checkBoxField", "Navigation", false, false,
                            true, List.of(), Map.of("buttonLabel", "Hide in navigation"))), List.of());

    private final WebsiteWrites writes;
    private final Repositories repositories;
    private final DefinitionRegistry definitions;
    private final EditorForms forms;
    private final DialogPages dialogs;

    PagePropertiesHandler(WebsiteWrites writes, Repositories repositories, DefinitionRegistry definitions,
            EditorForms forms, DialogPages dialogs) {
        this.writes = writes;
        this.repositories = repositories;
        this.definitions = definitions;
        this.forms = forms;
        this.dialogs = dialogs;
    }

    /** GET: the dialog with the stored values. */
    AuthorResponse form(HttpServletRequest request, User user, PageAddress at) throws Exception {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            Node page = WebsiteWrites.page(website, at.page());
            DialogForm form = form(page);
            return dialogs.page(200, request, user, form, DialogValues.read(page, form, website), Map.of(),
                    at.editor() + "/properties", at.editor(), "");
        } finally {
            website.logout();
        }
    }

    /** POST: saves the dialog, or answers 422 naming each faulty field. */
    AuthorResponse save(HttpServletRequest request, User user, PageAddress at) throws Exception {
        DialogForm[] form = new DialogForm[1];
        try {
            writes.run(website -> {
                Node page = WebsiteWrites.page(website, at.page());
                form[0] = form(page);
                EditorValues values = EditorValues.fromForm(form[0].tabs(), request::getParameter,
                        request::getParameterValues);
                Session events = repositories.author().login(Workspaces.EVENTS);
                try {
                    DialogValues.write(page, DialogInput.check(form[0], values, events));
                } finally {
                    events.logout();
                }
                writes.modified(page, page, user.name());
                return null;
            });
            return AuthorResponse.redirect(at.editor() + "?saved=1");
        } catch (InputException e) {
            EditorValues values = EditorValues.fromForm(form[0].tabs(), request::getParameter,
                    request::getParameterValues);
            return dialogs.page(422, request, user, form[0], values, e.problems(), at.editor() + "/properties",
                    at.editor(), "");
        }
    }

    private DialogForm form(Node page) throws javax.jcr.RepositoryException {
        DialogDefinition dialog = definitions.template(PageComponents.templateOf(page))
                .map(TemplateDefinition::dialog).flatMap(definitions::dialog).orElse(DEFAULT_DIALOG);
        return DialogForm.of(dialog, forms);
    }
}
