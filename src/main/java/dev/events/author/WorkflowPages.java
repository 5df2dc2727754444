package dev.events.author;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.EventLookup;
import dev.events.content.EventTime;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.publish.AuditCsv;
import dev.events.publish.Task;
import dev.events.publish.WorkflowException;
import dev.events.publish.WorkflowService;
import dev.events.security.Role;
import dev.events.security.User;

/**
 * The workflow in the author UI: requests from the editor, and the publishers' inbox at {@code /author/tasks}
 * with claim, approve and reject. Every action is a form POST with {@code _csrf}.
 */
final class WorkflowPages {

    private final WorkflowService workflow;
    private final Repositories repositories;
    private final AuthorTemplates templates;
    private final java.util.function.Supplier<Map<String, String>> labels;

    /** @param labels the editor's field labels by property name, to name the fields of a diff */
    WorkflowPages(WorkflowService workflow, Repositories repositories, AuthorTemplates templates,
            java.util.function.Supplier<Map<String, String>> labels) {
        this.workflow = workflow;
        this.repositories = repositories;
        this.templates = templates;
        this.labels = labels;
    }

    /** POST {@code /author/events/{name}/request-publication}: {@code comment}, {@code publishAt}, {@code unpublishAt}. */
    AuthorResponse requestPublication(HttpServletRequest request, User user, String name) throws Exception {
        ZoneId zone = zoneOf(name);
        workflow.requestPublication(name, request.getParameter("comment"), time(request, "publishAt", zone),
                time(request, "unpublishAt", zone), user);
        return AuthorResponse.redirect(AuthorServlet.BASE + "/events/" + name + "?requested=1");
    }

    /** POST {@code /author/events/{name}/request-unpublication}: {@code comment}, {@code unpublishAt}. */
    AuthorResponse requestUnpublication(HttpServletRequest request, User user, String name) throws Exception {
        workflow.requestUnpublication(name, request.getParameter("comment"),
                time(request, "unpublishAt", zoneOf(name)), user);
        return AuthorResponse.redirect(AuthorServlet.BASE + "/events/" + name + "?requested=1");
    }

    /** POST {@code /author/pages/{path}/request-publication}: {@code comment}, {@code publishAt} (UTC when local). */
    AuthorResponse requestPagePublication(HttpServletRequest request, User user, String path) throws Exception {
        ZoneId utc = ZoneId.of("UTC");
        workflow.requestPublication(Workspaces.WEBSITE, path, request.getParameter("comment"),
                time(request, "publishAt", utc), time(request, "unpublishAt", utc), user);
        return AuthorResponse.redirect(AuthorServlet.BASE + "/pages" + path + "?requested=1");
    }

    /** POST {@code /author/pages/{path}/request-unpublication}: {@code comment}, {@code unpublishAt}. */
    AuthorResponse requestPageUnpublication(HttpServletRequest request, User user, String path) throws Exception {
        workflow.requestUnpublication(Workspaces.WEBSITE, path, request.getParameter("comment"),
                time(request, "unpublishAt", ZoneId.of("UTC")), user);
        return AuthorResponse.redirect(AuthorServlet.BASE + "/pages" + path + "?requested=1");
    }

    /** GET {@code /author/tasks}: open and scheduled tasks with their diffs, and the user's own requests. */
    AuthorResponse inbox(HttpServletRequest request, User user, String problem, int status) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("csrf", AuthSession.csrfToken(request));
        model.put("publisher", user.may(Role.PUBLISHER));
        model.put("tasks", withDiffs(workflow.inbox()));
        model.put("mine", workflow.requestsOf(user.name()));
        model.put("problem", problem);
        model.put("labels", labels.get());
        return AuthorResponse.page(status, templates.render("tasks.ftl", model));
    }

    /** POST {@code /author/tasks/{id}/claim|approve|reject}. */
    AuthorResponse decide(HttpServletRequest request, User user, String id, String action) throws Exception {
        try {
            switch (action) {
                case "claim" -> workflow.claim(id, user);
                case "approve" -> workflow.approve(id, user);
                default -> workflow.reject(id, request.getParameter("comment"), user);
            }
            return AuthorResponse.redirect(AuthorServlet.BASE + "/tasks");
        } catch (WorkflowException e) {
            return inbox(request, user, e.getMessage(), e.status());
        }
    }

    /** GET {@code /author/audit.csv}: every transition, for administrators. */
    AuthorResponse auditCsv() throws RepositoryException {
        return AuthorResponse.csv(AuditCsv.of(workflow.audit(entry -> true)));
    }

    private List<TaskView> withDiffs(List<Task> tasks) throws RepositoryException {
        Session author = repositories.author().login(Workspaces.EVENTS);
        Session live = repositories.published().loginReadOnly(Workspaces.EVENTS);
        try {
            List<TaskView> views = new ArrayList<>();
            for (Task task : tasks) {
                Node requested = task.isPage() ? null : find(author, task.itemId());
                views.add(new TaskView(task, requested == null ? List.of()
                        : EventDiff.of(requested, find(live, task.itemId()))));
            }
            return views;
        } finally {
            live.logout();
            author.logout();
        }
    }

    private static Node find(Session session, String id) throws RepositoryException {
        try {
            return session.getNodeByIdentifier(id);
        } catch (ItemNotFoundException notPublished) {
            return null;
        }
    }

    private ZoneId zoneOf(String name) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.EVENTS);
        try {
            Optional<Node> event = EventLookup.byName(session, name);
            return event.isPresent() ? EventTime.zone(event.get()) : ZoneId.of("UTC");
        } finally {
            session.logout();
        }
    }

    /** @return an ISO-8601 time with offset, or a local one in the event's zone (a datetime-local input) */
    private static Instant time(HttpServletRequest request, String parameter, ZoneId zone) {
        String value = Optional.ofNullable(request.getParameter(parameter)).orElse("").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            Instant time = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? OffsetDateTime.parse(value.endsWith("Z") ? value.replace("Z", "+00:00") : value).toInstant()
                    : LocalDateTime.parse(value).atZone(zone).toInstant();
            if (!dev.events.content.StoredDates.storable(time)) {
                throw new DateTimeException("not in " + dev.events.content.StoredDates.RANGE);
            }
            return time;
        } catch (DateTimeException e) {
            throw new BadParameterException(parameter, "must be an ISO-8601 time such as 2030-05-01T10:00");
        }
    }
}
