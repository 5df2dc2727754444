/**
 * Delivery: what reaches calendars and other sites from the public repository only — iCalendar files per event
 * and the calendar feed (built with ical4j), the listings' RSS and Atom feeds (Rome), the sitemap (StAX); the
 * delivery API comes here too.
 */
package dev.events.delivery;
