/**
 * Rendering: FreeMarker configured as Magnolia configures it (square brackets, light-module template scripts)
 * plus HTML auto-escaping, and the Magnolia template context: {@code content} ({@link dev.events.render.ContentMap}),
 * {@code def}, {@code ctx}, {@code state}, {@code i18n}, {@code cmsfn}, the {@code [@cms.*]} directives, and
 * {@code eventfn}, the event functions that need only {@code javax.jcr} and the JDK; and {@code pagefn}, what
 * depends on the site's public address (canonical and language links, the event's JSON-LD written with Jackson,
 * its add-to-calendar and share links).
 */
package dev.events.render;
