/**
 * The command line ({@code java -jar events.jar serve|import|render|user|export|restore}) and the assembly of the runtime from
 * one Guice module per feature.
 */
package dev.events.cli;
