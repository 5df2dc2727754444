/**
 * Delivery: what reaches calendars, apps and other sites from the public repository only — iCalendar files per
 * event and the feed (built with ical4j), and the delivery API at {@code /.rest/} ({@link
 * dev.events.delivery.DeliveryServlet}: the light modules' {@code jcrDeliveryEndpoint_v2} definitions served in
 * Magnolia's JSON shape, queried with XPath); JSON-LD and RSS/Atom come here too.
 */
package dev.events.delivery;
