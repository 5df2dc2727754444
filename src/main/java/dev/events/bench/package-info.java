/**
 * The benchmark ({@code java -jar events.jar bench}): realistic generated events (deterministic for a seed),
 * imported and published through the real import and publication, then measured: import and publication
 * rates, cold start, server time of public pages against the raw repository query, heap and disk, and with
 * {@code --http} requests per second through Jetty against a static file. Figures print as one table with the
 * targets of {@code docs/performance.md}.
 */
package dev.events.bench;
