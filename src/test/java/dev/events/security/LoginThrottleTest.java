package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.events.testing.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aKeyIsBlockedAtTheFifthFailure() {
        fail("eric", 4);
        assertThat(throttle.allowed("eric")).isTrue();
        assertThat(throttle.retryAfter("eric")).isZero();
        throttle.failed("eric");
        assertThat(throttle.allowed("eric")).isFalse();
        assertThat(throttle.retryAfter("eric")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void retryAfterCountsDownAndTheKeyIsFreeAfterFifteenMinutes() {
        fail("eric", 5);
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.retryAfter("eric")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.allowed("eric")).isFalse();
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(throttle.retryAfter("eric")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.allowed("eric")).isTrue();
        assertThat(throttle.retryAfter("eric")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("eric", 4);
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("eric");
        assertThat(throttle.allowed("eric")).isTrue();
    }

    @Test
    void failuresSpreadWithinTheWindowBlock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("eric");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.allowed("eric")).isFalse();
    }

    @Test
    void failuresWhileBlockedDoNotLengthenTheBlock() {
        fail("eric", 5);
        clock.advance(Duration.ofMinutes(14));
        fail("eric", 5);
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.allowed("eric")).isTrue();
    }

    @Test
    void aSuccessForgetsTheFailures() {
        fail("eric", 4);
        throttle.succeeded("eric");
        fail("eric", 4);
        assertThat(throttle.allowed("eric")).isTrue();
    }

    @Test
    void otherKeysAreNotAffected() {
        fail("eric", 5);
        fail("192.0.2.1", 4);
        assertThat(throttle.allowed("eric")).isFalse();
        assertThat(throttle.allowed("peter")).isTrue();
        assertThat(throttle.allowed("192.0.2.1")).isTrue();
    }

    @Test
    void staleKeysAreForgotten() {
        fail("eric", 5);
        throttle.failed("peter");
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.allowed("eric")).isTrue();
        assertThat(throttle.allowed("peter")).isTrue();
        assertThat(throttle.size()).isZero();
    }

    @Test
    void theMapStaysBoundedAndKeepsBlockedKeysLongest() {
        fail("eric", 5);
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("guess-" + i);
        }
        assertThat(throttle.size()).isEqualTo(LoginThrottle.MAX_KEYS);
        assertThat(throttle.allowed("eric")).isFalse();
        fail("guess-" + (LoginThrottle.MAX_KEYS + 499), 4);
        assertThat(throttle.allowed("guess-" + (LoginThrottle.MAX_KEYS + 499))).isFalse();
    }

    @Test
    void aFullMapForgetsStaleKeysBeforeOthers() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
            throttle.failed("old-" + i);
        }
        clock.advance(Duration.ofMinutes(20));
        throttle.failed("new");
        assertThat(throttle.size()).isEqualTo(1);
    }

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    @Test
    void anAddressThrottleAllowsMoreFailuresThanANameThrottle() {
        LoginThrottle addresses = new LoginThrottle(new MutableClock(java.time.Instant.parse("2030-01-01T00:00:00Z")),
                LoginThrottle.MAX_ADDRESS_FAILURES);
        for (int i = 1; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
            addresses.failed("127.0.0.1");
        }
        assertThat(addresses.allowed("127.0.0.1")).isTrue();
        addresses.failed("127.0.0.1");
        assertThat(addresses.allowed("127.0.0.1")).isFalse();
    }
}
