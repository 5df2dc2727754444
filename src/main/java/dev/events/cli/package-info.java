/**
 * The command line ({@code java -jar events.jar serve|import|render|user}) and the assembly of the runtime from
 * one Guice module per feature.
 */
package dev.events.cli;
