/**
 * Backup and restore of a data folder (both repositories), offline: {@code export} writes a complete copy of each
 * repository made with Jackrabbit's {@code RepositoryCopier} (every workspace, version history, binary and
 * identifier) plus a system-view XML file per workspace for people and other tools; {@code restore} puts the copies
 * back into an empty data folder and checks them against the backup's manifest.
 */
package dev.events.backup;
