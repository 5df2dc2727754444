package dev.events.author;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.security.User;

/** Renders a dialog (a component's, or a page's properties) as an author page with its form. */
final class DialogPages {

    private final AuthorTemplates templates;

    DialogPages(AuthorTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param action where the form posts
     * @param back   the page editor it belongs to
     */
    AuthorResponse page(int status, HttpServletRequest request, User user, DialogForm form, EditorValues values,
            Map<String, String> errors, String action, String back, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("csrf", AuthSession.csrfToken(request));
        model.put("title", form.title());
        model.put("tabs", form.tabs());
        model.put("values", values.asMap());
        model.put("errors", errors);
        model.put("labels", labels(form));
        model.put("action", action);
        model.put("back", back);
        model.put("notice", notice);
        return AuthorResponse.page(status, templates.render("dialog.ftl", model));
    }

    private static Map<String, String> labels(DialogForm form) {
        Map<String, String> labels = new LinkedHashMap<>();
        form.fields().values().forEach(f -> {
            labels.put(f.name(), f.label());
            labels.put(f.name() + "_fr", f.label() + " (français)");
        });
        return labels;
    }
}
