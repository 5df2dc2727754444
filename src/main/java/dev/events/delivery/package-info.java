/**
 * Delivery: what reaches calendars and other sites from the public repository only — iCalendar files per event
 * (built with ical4j); the feed, the delivery API, JSON-LD and RSS/Atom come here too.
 */
package dev.events.delivery;
