package dev.events.bench;

import java.io.IOException;
import java.time.Duration;

/** Waits for a process the bench started (a public node, HAProxy) to be ready, failing with its log if it is not. */
final class StartWait {

    /** Whether the process is ready yet. */
    @FunctionalInterface
    interface Check {
        boolean ready() throws Exception;
    }

    /** The process's log so far, for the failure's message. */
    @FunctionalInterface
    interface Log {
        String text() throws IOException;
    }

    private StartWait() {
    }

    /**
     * @param what names the process in messages: "HAProxy"
     * @throws IllegalStateException with its log, when the process ends or is not ready within {@code limit}
     */
    static void await(Process process, Duration limit, String what, Log log, Check ready) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " ended with exit code " + process.exitValue()
                        + " while starting; its log:\n" + log.text());
            }
            if (ready.ready()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(what + " was not ready within " + limit + "; its log:\n" + log.text());
    }
}
