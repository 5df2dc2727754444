package dev.events.publish;

import java.time.Clock;
import java.time.Instant;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * Carries out approved tasks whose time has come. A scheduled publication of an event that changed since its
 * request is rejected rather than published, like an approval would be.
 */
final class ScheduledTasks {

    private static final String SCHEDULER = "scheduler";
    private final Repositories repositories;
    private final TaskStore tasks;
    private final Publication publication;
    private final AuditTrail audit;
    private final Clock clock;

    ScheduledTasks(Repositories repositories, TaskStore tasks, Publication publication, AuditTrail audit,
            Clock clock) {
        this.repositories = repositories;
        this.tasks = tasks;
        this.publication = publication;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many tasks were carried out; each is saved on its own */
    int runDue(Instant now) throws RepositoryException {
        Session session = repositories.author().login(Workspaces.TASKS);
        try {
            int done = 0;
            for (Task task : tasks.list(session, t -> due(t, now))) {
                tasks.update(session, runSafely(session, task));
                session.save();
                done++;
            }
            return done;
        } finally {
            session.logout();
        }
    }

    private static boolean due(Task task, Instant now) {
        return task.status() == TaskStatus.SCHEDULED && !task.publishAt().isAfter(now)
                || task.status() == TaskStatus.UNPUBLISH_SCHEDULED && !task.unpublishAt().isAfter(now);
    }

    /** One task's failure must not hold back the others, nor come back at every run: it closes the task. */
    private Task runSafely(Session session, Task task) throws RepositoryException {
        try {
            return runOne(session, task);
        } catch (RepositoryException | RuntimeException e) {
            session.refresh(false);
            String reason = "The scheduled run failed: " + e.getMessage();
            audit.add(session, SCHEDULER, "reject", task, reason, task.stamp());
            return WorkflowService.with(task, TaskStatus.REJECTED, task.claimedBy(), SCHEDULER, clock.instant(),
                    reason);
        }
    }

    private Task runOne(Session session, Task task) throws RepositoryException {
        if (task.status() == TaskStatus.UNPUBLISH_SCHEDULED) {
            return publication.unpublishNow(session, task, SCHEDULER);
        }
        try {
            return publication.publishNow(session, task, SCHEDULER);
        } catch (WorkflowException changedSince) {
            audit.add(session, SCHEDULER, "reject", task, changedSince.getMessage(), task.stamp());
            Task rejected = WorkflowService.with(task, TaskStatus.REJECTED, task.claimedBy(), SCHEDULER,
                    clock.instant(), changedSince.getMessage());
            publication.markRejected(rejected);
            return rejected;
        }
    }
}
