/**
 * Light-module definitions: reads every module folder of a light-modules directory the way Magnolia does
 * (YAML with {@code $type}, {@code !include}, {@code !override}, {@code !content-type}), validates each
 * definition strictly and reports problems with file, line and key.
 */
package dev.events.definition;
