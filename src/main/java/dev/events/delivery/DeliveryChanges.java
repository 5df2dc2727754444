package dev.events.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When the published content last changed, as this process saw it: publications and unpublications in any
 * workspace (told by the publisher), and the start of the process, before which nothing is known. A query's
 * {@code Last-Modified} is never earlier, so an unpublished event, which leaves no date behind in the results,
 * still makes clients' copies stale.
 */
final class DeliveryChanges {

    private final Clock clock;
    private final AtomicReference<Instant> last;

    DeliveryChanges(Clock clock) {
        this.clock = clock;
        this.last = new AtomicReference<>(clock.instant());
    }

    /** Records a publication or unpublication now. */
    void changed() {
        Instant now = clock.instant();
        last.accumulateAndGet(now, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** @return the latest change seen */
    Instant last() {
        return last.get();
    }
}
