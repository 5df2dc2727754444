/**
 * The author UI under {@code /author}: login and logout, sessions and CSRF tokens, the events browser, the event
 * editor (its form built from the Events app's definition, validated with the import rules, versioned, with
 * uploads to the dam workspace and a refusal of stale saves), the trash, and imports with a per-event report.
 * Reads and writes the author repository only.
 */
package dev.events.author;
