/**
 * Owns the settings an operator gives a running instance ({@code serve} options): the public address of the
 * site, the window of the calendar feed and the origins allowed to read the delivery API.
 */
package dev.events.config;
