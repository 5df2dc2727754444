package dev.events.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.security.Role;
import dev.events.security.User;

/**
 * The approval workflow of events and pages: editors request publication or unpublication, a publisher claims the
 * task and approves or rejects it; the requester never decides their own request. Each transition is one save of the task, the
 * item's workflow state and its audit entry. Transitions are serialized, so two publishers approving the same
 * task yield one publication and one "already handled".
 */
public final class WorkflowService {

    private final Repositories repositories;
    private final TaskStore tasks = new TaskStore();
    private final AuditTrail audit;
    private final Publication publication;
    private final ScheduledTasks scheduled;
    private final TaskRequests requests;
    private final Clock clock;

    public WorkflowService(Repositories repositories, Publication publication, AuditTrail audit, Clock clock) {
        this.repositories = repositories;
        this.publication = publication;
        this.audit = audit;
        this.clock = clock;
        this.scheduled = new ScheduledTasks(repositories, tasks, publication, audit, clock);
        this.requests = new TaskRequests(repositories, tasks, audit, clock);
    }

    /** An editor asks for an event's publication, now or at {@code publishAt}, until {@code unpublishAt}. */
    public Task requestPublication(String eventName, String comment, Instant publishAt, Instant unpublishAt,
            User user) throws WorkflowException, RepositoryException {
        return requestPublication(Workspaces.EVENTS, eventName, comment, publishAt, unpublishAt, user);
    }

    /**
     * An editor asks for an item's publication, now or at {@code publishAt}, until {@code unpublishAt}.
     *
     * @param workspace {@code events} or {@code website}
     * @param name      an event's name, or a page's path
     */
    public synchronized Task requestPublication(String workspace, String name, String comment, Instant publishAt,
            Instant unpublishAt, User user) throws WorkflowException, RepositoryException {
        if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            throw new WorkflowException(422, "The unpublication time must be after the publication time.");
        }
        return requests.create(TaskType.PUBLISH, workspace, name, comment, publishAt, unpublishAt, user);
    }

    /** An editor asks for an event's unpublication, now or at {@code unpublishAt}. */
    public Task requestUnpublication(String eventName, String comment, Instant unpublishAt, User user)
            throws WorkflowException, RepositoryException {
        return requestUnpublication(Workspaces.EVENTS, eventName, comment, unpublishAt, user);
    }

    /** An editor asks for an item's unpublication, now or at {@code unpublishAt}; a page goes with its subpages. */
    public synchronized Task requestUnpublication(String workspace, String name, String comment,
            Instant unpublishAt, User user) throws WorkflowException, RepositoryException {
        return requests.create(TaskType.UNPUBLISH, workspace, name, comment, null, unpublishAt, user);
    }

    /** A publisher takes a task. */
    public synchronized Task claim(String taskId, User user) throws WorkflowException, RepositoryException {
        return transition(taskId, user, (session, task) -> {
            requireUndecided(task);
            if (task.status() == TaskStatus.CLAIMED && !task.claimedBy().equals(user.name())) {
                throw new WorkflowException(409, "Already claimed by " + task.claimedBy() + ".");
            }
            return Step.of(with(task, TaskStatus.CLAIMED, user.name(), "", null, ""), "claim", "");
        });
    }

    /**
     * The publisher who claimed a task approves it: it publishes now or at its publication time. A request whose
     * event changed since can never be approved: it is closed as rejected, and the refusal says why.
     */
    public synchronized Task approve(String taskId, User user) throws WorkflowException, RepositoryException {
        try {
            return transition(taskId, user, (session, task) -> {
                requireClaimedBy(task, user);
                Instant now = clock.instant();
                Task approved = with(task, TaskStatus.DONE, task.claimedBy(), user.name(), now, "");
                return Step.of(publication.carryOut(session, approved, user.name(), now), "approve", "");
            });
        } catch (WorkflowException e) {
            if (e.stale()) {
                transition(taskId, user, (session, task) -> {
                    Task rejected = with(task, TaskStatus.REJECTED, task.claimedBy(), user.name(), clock.instant(),
                            e.getMessage());
                    publication.markRejected(rejected);
                    return Step.of(rejected, "reject", e.getMessage());
                });
            }
            throw e;
        }
    }

    /** Runs {@code work} while no workflow transition runs: editor saves use it, so none slips into a publication. */
    public synchronized <T> T exclusive(java.util.concurrent.Callable<T> work) throws Exception {
        return work.call();
    }

    /** The publisher who claimed a task rejects it; the comment is required and shown to the editor. */
    public synchronized Task reject(String taskId, String comment, User user)
            throws WorkflowException, RepositoryException {
        return transition(taskId, user, (session, task) -> {
            if (comment == null || comment.isBlank()) {
                throw new WorkflowException(422, "Say why the request is rejected: the comment is required.");
            }
            requireClaimedBy(task, user);
            Task rejected = with(task, TaskStatus.REJECTED, task.claimedBy(), user.name(), clock.instant(),
                    comment.strip());
            publication.markRejected(rejected);
            return Step.of(rejected, "reject", comment.strip());
        });
    }

    /**
     * Carries out the approved tasks whose time has come: scheduled publications and unpublications. The
     * scheduler calls it; the tasks live in the repository, so a restart loses none.
     *
     * @return how many tasks were carried out
     */
    public synchronized int runDue() throws RepositoryException {
        return scheduled.runDue(clock.instant());
    }

    /** @return the tasks that still need a decision or wait for their time, newest first */
    public List<Task> inbox() throws RepositoryException {
        return list(t -> t.status() != TaskStatus.DONE && t.status() != TaskStatus.REJECTED);
    }

    /** @return the requests of one user, newest first */
    public List<Task> requestsOf(String user) throws RepositoryException {
        return list(t -> t.requestedBy().equals(user));
    }

    /** Records in the audit trail that {@code user} restored an older version of an event. */
    public synchronized void recordRestore(String eventId, String eventName, String version, User user)
            throws RepositoryException {
        Session session = repositories.author().login(Workspaces.TASKS);
        try {
            audit.add(session, user.name(), "restore", eventId, eventName, "", version);
            session.save();
        } finally {
            session.logout();
        }
    }

    /** @return the tasks of an item that a publisher must still decide on, or that wait for their time */
    public List<Task> openTasksOf(String itemId) throws RepositoryException {
        return list(t -> t.itemId().equals(itemId) && t.status() != TaskStatus.DONE
                && t.status() != TaskStatus.REJECTED);
    }

    /** @return the audit entries that match, oldest first */
    public List<AuditEntry> audit(java.util.function.Predicate<AuditEntry> which) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.TASKS);
        try {
            return audit.entries(session, which);
        } finally {
            session.logout();
        }
    }

    List<Task> list(java.util.function.Predicate<Task> which) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.TASKS);
        try {
            return tasks.list(session, which);
        } finally {
            session.logout();
        }
    }

    private Task transition(String taskId, User user, Transition transition)
            throws WorkflowException, RepositoryException {
        if (!user.may(Role.PUBLISHER)) {
            throw new WorkflowException(403, "Only publishers decide on requests.");
        }
        Session session = repositories.author().login(Workspaces.TASKS);
        try {
            Task task = tasks.find(session, taskId).orElseThrow(() ->
                    new WorkflowException(404, "There is no task " + taskId + "."));
            if (task.requestedBy().equals(user.name())) {
                throw new WorkflowException(403, "Four eyes: you cannot decide on your own request.");
            }
            Step step = transition.apply(session, task);
            tasks.update(session, step.task());
            audit.add(session, user.name(), step.action(), step.task(), step.comment(), task.stamp());
            session.save();
            return step.task();
        } finally {
            session.logout();
        }
    }

    private static void requireUndecided(Task task) throws WorkflowException {
        if (!task.status().undecided()) {
            throw new WorkflowException(409, "This request was already handled"
                    + (task.decidedBy().isEmpty() ? "." : " by " + task.decidedBy() + "."));
        }
    }

    private static void requireClaimedBy(Task task, User user) throws WorkflowException {
        requireUndecided(task);
        if (task.status() != TaskStatus.CLAIMED || !task.claimedBy().equals(user.name())) {
            throw new WorkflowException(409, task.status() == TaskStatus.CLAIMED
                    ? "Claimed by " + task.claimedBy() + "." : "Claim the task before deciding on it.");
        }
    }

    static Task with(Task t, TaskStatus status, String claimedBy, String decidedBy, Instant decidedAt,
            String decision) {
        return t.with(status, claimedBy, decidedBy, decidedAt, decision);
    }

    /** One transition of a task: what it becomes and what the audit trail records. */
    record Step(Task task, String action, String comment) {
        static Step of(Task task, String action, String comment) {
            return new Step(task, action, comment);
        }
    }

    /** Computes a task's transition; throws when it is not allowed. */
    @FunctionalInterface
    interface Transition {
        Step apply(Session session, Task task) throws WorkflowException, RepositoryException;
    }
}
