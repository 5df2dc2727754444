package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.cli.EventsRuntime;
import dev.events.security.Role;
import dev.events.security.User;
import dev.events.site.DemoSite;
import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;
import dev.events.testing.MutableClock;

/** Scheduled publications are tasks in the repository: a restart loses none, and the scheduler runs them. */
class SchedulerRestartTest {

    private static final Instant T0 = Instant.parse("2031-03-01T09:00:00Z");
    private static final User ERIC = new User("eric", Set.of(Role.EDITOR));
    private static final User PETER = new User("peter", Set.of(Role.PUBLISHER));

    @TempDir
    Path data;

    @Test
    void aPublicationScheduledBeforeARestartHappensAfterIt() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (EventsRuntime before = EventsRuntime.start(data, Path.of("light-modules"), clock)) {
            before.get(DemoSite.class).installPage();
            importEvent(before);
            WorkflowService workflow = before.get(WorkflowService.class);
            Task task = workflow.requestPublication("after-restart", "", T0.plus(Duration.ofHours(1)), null, ERIC);
            workflow.claim(task.id(), PETER);
            assertThat(workflow.approve(task.id(), PETER).status()).isEqualTo(TaskStatus.SCHEDULED);
        }
        clock.set(T0.plus(Duration.ofHours(2)));
        try (EventsRuntime after = EventsRuntime.start(data, Path.of("light-modules"), clock)) {
            assertThat(status(after)).isEqualTo(404);
            try (WorkflowScheduler scheduler = new WorkflowScheduler(after.get(WorkflowService.class))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (status(after) != 200 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
            assertThat(status(after)).isEqualTo(200);
            assertThat(after.get(WorkflowService.class).inbox()).isEmpty();
        }
    }

    private static void importEvent(EventsRuntime runtime) throws Exception {
        String json = "{\"events\": [{\"name\": \"after-restart\", \"title\": \"After the restart\", "
                + "\"startDate\": \"2031-04-01\", \"timeZone\": \"UTC\"}]}";
        runtime.get(ImportService.class).importEvents(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "inline", false, "eric");
    }

    private static int status(EventsRuntime runtime) throws Exception {
        return runtime.get(PublicSite.class).handle(SiteRequest.parse("/events/after-restart")).status();
    }
}
