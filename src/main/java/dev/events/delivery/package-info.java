/**
 * Delivery: what reaches calendars, apps and other sites from the public repository only — iCalendar files per
 * event and the calendar feed (built with ical4j), the listings' RSS and Atom feeds (Rome), the sitemap (StAX),
 * and the delivery API at {@code /.rest/} ({@link dev.events.delivery.DeliveryServlet}: the light modules'
 * {@code jcrDeliveryEndpoint_v2} definitions served in Magnolia's JSON shape, queried with XPath, or from the
 * event catalog for queries bounded and ordered by start).
 */
package dev.events.delivery;
