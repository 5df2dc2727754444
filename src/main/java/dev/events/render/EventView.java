package dev.events.render;

import java.util.List;

/**
 * One event as templates show it, in the request's language: plain text values, auto-escaped by templates;
 * {@code body} is rich text sanitized when it was saved.
 *
 * @param id           the node identifier
 * @param name         the URL name
 * @param href         the link to the detail page
 * @param title        the title
 * @param subtitle     the subtitle, or empty
 * @param dateLine     "5-6 October 2017", in the event's own zone
 * @param startIso     the start as ISO-8601 (a date for all-day events), for {@code <time datetime>}
 * @param locationLine "Hamamatsu, Japan", or empty
 * @param teaser       the full teaser, or empty
 * @param body         the rich-text body, or empty
 * @param links        the event's links
 * @param categories   the categories
 * @param status       scheduled, cancelled, postponed, rescheduled or movedOnline
 * @param image        the address of the event's published image, or empty
 */
public record EventView(String id, String name, String href, String title, String subtitle, String dateLine,
        String startIso, String locationLine, String teaser, String body, List<EventLink> links,
        List<String> categories, String status, String image) {

    /** A link of an event: "Draft agenda &gt;&gt;". */
    public record EventLink(String label, String href) {
    }
}
