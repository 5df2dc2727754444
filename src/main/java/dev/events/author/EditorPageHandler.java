package dev.events.author;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.AssetStore;
import dev.events.content.ContentModule;
import dev.events.content.EventHistory;
import dev.events.content.PublicationStatus;
import dev.events.publish.EventWorkflowState;
import dev.events.publish.WorkflowService;
import dev.events.content.ImportException;
import dev.events.content.ImportProblem;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.render.Messages;
import dev.events.security.User;

/**
 * {@code /author/events/new} and {@code /author/events/{name}}: the event editor. A refused save answers 422
 * with the author's input and a message beside each faulty field; a conflicting one answers 409.
 */
final class EditorPageHandler {

    /** How often the editor reads an event that other editors keep saving before it gives up (500). */
    private static final int READ_ATTEMPTS = 5;

    static final String APP = "events:events";
    private final DefinitionRegistry definitions;
    private final EditorForms forms;
    private final EventEditor editor;
    private final Repositories repositories;
    private final EventHistory history;
    private final Uploads uploads;
    private final WorkflowService workflow;
    private final AuthorTemplates templates;

    EditorPageHandler(DefinitionRegistry definitions, Messages messages, EventEditor editor,
            Repositories repositories, EventHistory history, AssetStore assets, WorkflowService workflow,
            AuthorTemplates templates) {
        this.workflow = workflow;
        this.definitions = definitions;
        this.forms = new EditorForms(messages, Locale.ENGLISH);
        this.editor = editor;
        this.repositories = repositories;
        this.history = history;
        this.uploads = new Uploads(assets);
        this.templates = templates;
    }

    List<EditorTab> tabs() {
        return forms.tabs(definitions.app(APP).orElseThrow(), definitions.contentType(ContentModule.EVENT_TYPE)
                .orElseThrow());
    }

    AuthorResponse newForm(HttpServletRequest request, User user) {
        List<EditorTab> tabs = tabs();
        return page(200, request, user, tabs, EditorValues.defaults(tabs), null, "", Map.of(), "");
    }

    AuthorResponse create(HttpServletRequest request, User user) throws Exception {
        List<EditorTab> tabs = tabs();
        EditorValues values = EditorValues.fromForm(tabs, request::getParameter, request::getParameterValues);
        Map<String, String> refused = uploads.apply(request, tabs, values, user.name());
        if (!refused.isEmpty()) {
            return page(422, request, user, tabs, values, null, "", withProblems(tabs, values, refused), "");
        }
        try {
            String name = editor.create(tabs, values, user.name());
            return AuthorResponse.redirect(AuthorServlet.BASE + "/events/" + name + "?saved=1");
        } catch (ImportException e) {
            return page(422, request, user, tabs, values, null, "", errors(e), "");
        }
    }

    AuthorResponse edit(HttpServletRequest request, User user, String name) throws Exception {
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            Optional<Node> event = editor.find(session, name);
            if (event.isEmpty()) {
                return null;
            }
            List<EditorTab> tabs = tabs();
            // the stamp first: values newer than it only make the next save refused as stale, never lost
            String stamp = EventEditor.stamp(event.get());
            return page(200, request, user, tabs, values(event.get(), tabs), name, stamp, Map.of(),
                    notice(request), state(event.get()));
        } finally {
            session.logout();
        }
    }

    /**
     * Reads the form's values, again when another editor's save removed what was being read (a save replaces the
     * event's links): Jackrabbit then throws InvalidItemStateException, which answered 500 (ConcurrentUseTest).
     */
    private static EditorValues values(Node event, List<EditorTab> tabs) throws RepositoryException {
        for (int attempt = 1;; attempt++) {
            try {
                return NodeValues.of(event, tabs);
            } catch (InvalidItemStateException savedMeanwhile) {
                if (attempt == READ_ATTEMPTS) {
                    throw savedMeanwhile;
                }
            }
        }
    }

    private static String notice(HttpServletRequest request) {
        if (request.getParameter("saved") != null) {
            return "Saved.";
        }
        if (request.getParameter("requested") != null) {
            return "Your request was sent to the publishers.";
        }
        return request.getParameter("restored") != null
                ? "Restored the older version; it is now the current one." : "";
    }

    /** @return what the editor shows beside the form: versions, trash, publication and workflow state */
    private Map<String, Object> state(Node event) throws Exception {
        String id = event.getIdentifier();
        Map<String, Object> state = new HashMap<>();
        state.put("versions", history.versions(id));
        state.put("trashed", EventHistory.isTrashed(event));
        state.put("publication", PublicationStatus.of(event).value());
        state.put("workflow", EventWorkflowState.of(event));
        state.put("workflowNote", EventWorkflowState.note(event));
        state.put("audit", workflow.audit(entry -> entry.eventId().equals(id)));
        return state;
    }

    AuthorResponse update(HttpServletRequest request, User user, String name) throws Exception {
        List<EditorTab> tabs = tabs();
        EditorValues values = EditorValues.fromForm(tabs, request::getParameter, request::getParameterValues);
        String seen = Optional.ofNullable(request.getParameter("_modified")).orElse("");
        Map<String, String> refused = uploads.apply(request, tabs, values, user.name());
        if (!refused.isEmpty()) {
            return page(422, request, user, tabs, values, name, seen, withProblems(tabs, values, refused), "");
        }
        try {
            editor.update(name, tabs, values, seen, user.name());
            return AuthorResponse.redirect(AuthorServlet.BASE + "/events/" + name + "?saved=1");
        } catch (ImportException e) {
            return page(422, request, user, tabs, values, name, seen, errors(e), "");
        } catch (ConflictException e) {
            return page(409, request, user, tabs, values, name, seen, Map.of("", e.getMessage()), "");
        }
    }

    /**
     * @return the refused uploads together with every other problem of the form, so that one refused save names
     *         all of them, in the order of the form
     */
    private Map<String, String> withProblems(List<EditorTab> tabs, EditorValues values, Map<String, String> refused) {
        Map<String, String> all = new LinkedHashMap<>();
        try {
            editor.check(tabs, values);
        } catch (ImportException e) {
            all.putAll(errors(e));
        }
        refused.forEach((input, message) -> all.merge(input, message, (a, b) -> a + "; " + b));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String input : labels(tabs).keySet()) {
            if (all.containsKey(input)) {
                ordered.put(input, all.remove(input));
            }
        }
        ordered.putAll(all);
        return ordered;
    }

    /** @return the label of every field by property name ({@code title}, {@code title_fr}) */
    Map<String, String> labels() {
        return labels(tabs());
    }

    /** @return the label of every input, in the order of the form, for the error summary */
    private static Map<String, String> labels(List<EditorTab> tabs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (EditorTab tab : tabs) {
            for (EditorField field : tab.fields()) {
                labels.put(field.name(), field.label());
                labels.put(field.name() + "_fr", field.label() + " (français)");
                for (int row = 0; row < EditorValues.MAX_ROWS && !field.children().isEmpty(); row++) {
                    for (EditorField cell : field.children()) {
                        String prefix = field.name() + "." + row + "." + cell.name();
                        labels.put(prefix, field.label() + " " + (row + 1) + ": " + cell.label());
                        labels.put(prefix + "_fr", field.label() + " " + (row + 1) + ": " + cell.label()
                                + " (français)");
                    }
                }
            }
        }
        return labels;
    }

    /** @return the messages by input name ({@code links.0.href}); problems of no input under "" */
    private static Map<String, String> errors(ImportException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ImportProblem problem : e.problems()) {
            String input = problem.field().replaceAll("\\[(\\d+)]", ".$1");
            errors.merge(input, problem.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private AuthorResponse page(int status, HttpServletRequest request, User user, List<EditorTab> tabs,
            EditorValues values, String name, String stamp, Map<String, String> errors, String notice) {
        return page(status, request, user, tabs, values, name, stamp, errors, notice, Map.of());
    }

    private AuthorResponse page(int status, HttpServletRequest request, User user, List<EditorTab> tabs,
            EditorValues values, String name, String stamp, Map<String, String> errors, String notice,
            Map<String, Object> state) {
        Map<String, Object> model = new HashMap<>(Map.of("versions", List.of(), "trashed", false,
                "publication", "", "workflow", "", "workflowNote", "", "audit", List.of()));
        model.putAll(state);
        model.put("labels", labels(tabs));
        model.put("user", user);
        model.put("csrf", AuthSession.csrfToken(request));
        model.put("tabs", tabs);
        model.put("values", values.asMap());
        model.put("name", name == null ? "" : name);
        model.put("stamp", stamp);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("rows", EditorValues.MAX_ROWS);
        return AuthorResponse.page(status, templates.render("editor.ftl", model));
    }
}
