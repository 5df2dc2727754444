/**
 * Security: users of the author instance (stored in the author repository's {@code users} workspace), their
 * roles, password hashing, login throttling; the author web layer adds sessions and CSRF tokens on top.
 */
package dev.events.security;
