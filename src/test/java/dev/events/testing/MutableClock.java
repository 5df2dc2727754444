package dev.events.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests set and move; stopped unless {@link #run()} lets it run with real time. */
public final class MutableClock extends Clock {

    /** The instant shown, and {@link System#nanoTime()} when it was shown if the clock runs (else -1). */
    private record State(Instant base, long since) {

        Instant now() {
            return since < 0 ? base : base.plusNanos(System.nanoTime() - since);
        }
    }

    private volatile State state;

    public MutableClock(Instant now) {
        this.state = new State(now, -1);
    }

    public synchronized void set(Instant instant) {
        state = new State(instant, state.since() < 0 ? -1 : System.nanoTime());
    }

    public synchronized void advance(Duration duration) {
        set(instant().plus(duration));
    }

    /**
     * Lets the clock run from the instant it shows, as real time passes: for tests where many users act at once
     * and each save must get its own time, as the editor's conflict check relies on.
     */
    public synchronized void run() {
        state = new State(instant(), System.nanoTime());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return state.now();
    }
}
