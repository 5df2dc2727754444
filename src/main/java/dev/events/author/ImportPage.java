package dev.events.author;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import dev.events.content.ImportException;
import dev.events.publish.ImportOutcome;
import dev.events.publish.ImportService;
import dev.events.security.User;

/**
 * {@code /author/import}: upload an events file (the import format) and read, event by event, what was
 * imported and what was refused and why. Imported events go to the author repository only.
 */
final class ImportPage {

    private final ImportService imports;
    private final AuthorTemplates templates;

    ImportPage(ImportService imports, AuthorTemplates templates) {
        this.imports = imports;
        this.templates = templates;
    }

    AuthorResponse form(HttpServletRequest request, User user) {
        return page(200, request, user, null, "");
    }

    AuthorResponse upload(HttpServletRequest request, User user) throws Exception {
        Part file = String.valueOf(request.getContentType()).startsWith("multipart/") ? request.getPart("file")
                : null;
        if (file == null || file.getSize() == 0) {
            return page(422, request, user, null, "Choose a JSON file to import.");
        }
        boolean skipRefused = request.getParameter("skipRefused") != null;
        try (InputStream in = file.getInputStream()) {
            ImportOutcome outcome = imports.importReporting(in, file.getSubmittedFileName(), skipRefused,
                    user.name());
            return page(outcome.refused() > 0 && !outcome.written() ? 422 : 200, request, user, outcome, "");
        } catch (ImportException e) {
            return page(422, request, user, null, e.getMessage());
        }
    }

    private AuthorResponse page(int status, HttpServletRequest request, User user, ImportOutcome outcome,
            String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("csrf", AuthSession.csrfToken(request));
        model.put("problem", problem);
        model.put("items", outcome == null ? List.of() : outcome.items());
        model.put("done", outcome != null);
        model.put("written", outcome != null && outcome.written());
        model.put("imported", outcome == null ? 0 : outcome.imported());
        model.put("refused", outcome == null ? 0 : outcome.refused());
        return AuthorResponse.page(status, templates.render("import.ftl", model));
    }
}
