/**
 * The public site: resolves URLs ({@code /events}, {@code /events/{name}}, {@code /fr/...}) to pages of the
 * public repository, renders them, serves web resources, and answers errors with proper pages. Reads only the
 * public repository, so nothing unpublished is reachable.
 */
package dev.events.site;
