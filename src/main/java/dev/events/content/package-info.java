/**
 * Content: the two embedded Jackrabbit repositories (author and public), Magnolia's node types, the Event
 * and its property names, importing events, and the ordered catalog that answers event listings.
 * Listing code depends only on {@code javax.jcr} and the JDK, so it can serve inside Magnolia too.
 */
package dev.events.content;
