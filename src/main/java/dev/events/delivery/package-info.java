/**
 * Delivery: what reaches calendars and other sites from the public repository only — iCalendar files per event
 * and the subscribable feed (built with ical4j); the delivery API, JSON-LD and RSS/Atom come here too.
 */
package dev.events.delivery;
