package dev.events.security;

/**
 * The two throttles a login passes: one per user name, one per client address.
 *
 * @param names     blocks a name after {@value LoginThrottle#MAX_FAILURES} failures
 * @param addresses blocks an address after {@value LoginThrottle#MAX_ADDRESS_FAILURES} failures
 */
public record LoginThrottles(LoginThrottle names, LoginThrottle addresses) {
}
