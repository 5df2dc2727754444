/**
 * Text formatting for event listings and detail pages: the date line of an event, the cut teaser and the
 * location line, each per locale (English, and French for {@code fr} locales).
 * <p>
 * The package depends only on the JDK (month and country names come from {@code java.time} and
 * {@link java.util.Locale}), so the same classes can run inside Magnolia and in the embedded runtime. All
 * classes are stateless and thread-safe.
 */
package dev.events.format;
