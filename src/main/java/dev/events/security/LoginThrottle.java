package dev.events.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins within {@link #WINDOW} a user name (after
 * {@value #MAX_ADDRESS_FAILURES} a client address, in a throttle of its own) is blocked for {@link #BLOCK}.
 * Thread-safe; it remembers at most
 * {@value #MAX_KEYS} keys, forgetting stale ones first, then the oldest unblocked ones, then the oldest.
 */
public final class LoginThrottle {

    /** Failures within {@link #WINDOW} that block a user name. */
    public static final int MAX_FAILURES = 5;
    /**
     * Failures within {@link #WINDOW} that block a client address: higher than per name, as many people may
     * share one address (an office, a proxy), but still a stop to guessing many names from one place.
     */
    public static final int MAX_ADDRESS_FAILURES = 50;
    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** How long a key stays blocked. */
    public static final Duration BLOCK = Duration.ofMinutes(15);
    /** The most keys remembered. */
    public static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    /** A throttle of user names: blocked after {@value #MAX_FAILURES} failures. */
    public LoginThrottle(Clock clock) {
        this(clock, MAX_FAILURES);
    }

    /** @param maxFailures the failures within {@link #WINDOW} that block a key */
    public LoginThrottle(Clock clock, int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** @return false while the key is blocked: refuse the login without checking the password */
    public synchronized boolean allowed(String key) {
        return retryAfter(key).isZero();
    }

    /**
     * Counts a failed login of the key; blocks it at the last failure the throttle allows within the window.
     * Failures while blocked do not lengthen the block.
     */
    public synchronized void failed(String key) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null) {
            makeRoom(now);
            entry = new Entry();
            entries.put(key, entry);
        }
        entry.fail(now, maxFailures);
    }

    /** Forgets the key's failures: a successful login. */
    public synchronized void succeeded(String key) {
        entries.remove(key);
    }

    /** @return how long the key stays blocked; zero when it is not */
    public synchronized Duration retryAfter(String key) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null) {
            return Duration.ZERO;
        }
        if (entry.isStale(now)) {
            entries.remove(key);
            return Duration.ZERO;
        }
        return entry.blockedAt(now) ? Duration.between(now, entry.blockedUntil) : Duration.ZERO;
    }

    /** @return the number of keys remembered */
    synchronized int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        if (entries.size() < MAX_KEYS) {
            return;
        }
        entries.values().removeIf(e -> e.isStale(now));
        removeFirst(entries.values().iterator(), e -> !e.blockedAt(now));
        removeFirst(entries.values().iterator(), e -> true);
    }

    private void removeFirst(Iterator<Entry> it, Predicate<Entry> which) {
        while (entries.size() >= MAX_KEYS && it.hasNext()) {
            if (which.test(it.next())) {
                it.remove();
                return;
            }
        }
    }

    /** The recent failures of one key and the end of its block. */
    private static final class Entry {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant blockedUntil = Instant.MIN;

        void fail(Instant now, int maxFailures) {
            if (blockedAt(now)) {
                return;
            }
            failures.removeIf(f -> !f.isAfter(now.minus(WINDOW)));
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                failures.clear();
                blockedUntil = now.plus(BLOCK);
            }
        }

        boolean blockedAt(Instant now) {
            return now.isBefore(blockedUntil);
        }

        boolean isStale(Instant now) {
            return !blockedAt(now) && failures.stream().noneMatch(f -> f.isAfter(now.minus(WINDOW)));
        }
    }
}
