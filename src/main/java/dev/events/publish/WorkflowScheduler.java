package dev.events.publish;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scheduled publications and unpublications every {@value #PERIOD_SECONDS} seconds, so each happens
 * within a minute of its time. The tasks are in the repository: after a restart the first run catches up.
 */
public final class WorkflowScheduler implements AutoCloseable {

    static final int PERIOD_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(WorkflowScheduler.class);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "workflow-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts running {@code workflow}'s due tasks, the first time at once. */
    public WorkflowScheduler(WorkflowService workflow) {
        executor.scheduleWithFixedDelay(() -> run(workflow), 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private static void run(WorkflowService workflow) {
        try {
            int done = workflow.runDue();
            if (done > 0) {
                log.info("Scheduler: carried out {} scheduled publication task(s)", done);
            }
        } catch (Exception e) {
            // a failing run must not stop the next ones
            log.error("Scheduler run failed", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
