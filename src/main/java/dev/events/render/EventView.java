package dev.events.render;

import java.util.List;

/**
 * One event as templates show it, in the request's language: plain text values, auto-escaped by templates;
 * {@code body} is rich text sanitized when it was saved.
 *
 * @param id               the node identifier
 * @param name             the URL name
 * @param href             the link to the detail page
 * @param title            the title
 * @param subtitle         the subtitle, or empty
 * @param dateLine         "5-6 October 2017", in the event's own zone
 * @param startIso         the start as ISO-8601 (a date for all-day events), for {@code <time datetime>}
 * @param locationLine     "Hamamatsu, Japan", or empty
 * @param teaser           the full teaser, or empty
 * @param body             the rich-text body, or empty
 * @param links            the event's links
 * @param categories       the categories
 * @param status           scheduled, cancelled, postponed, rescheduled or movedOnline
 * @param image            the address of the event's published image, or empty
 * @param previousDateLine the start before the event was rescheduled or postponed, as a date line in the
 *                         event's zone ("6 March 2030, 9:30 a.m."), or empty
 * @param onlineUrl        where the event is followed online, or empty
 * @param attendanceMode   offline, online or mixed (see {@link AttendanceMode})
 * @param facts            the values behind the text, for structured data and calendar links
 */
public record EventView(String id, String name, String href, String title, String subtitle, String dateLine,
        String startIso, String locationLine, String teaser, String body, List<EventLink> links,
        List<String> categories, String status, String image, String previousDateLine, String onlineUrl,
        String attendanceMode, EventFacts facts) {

    /** The status of an event that goes ahead as announced, which pages do not point out. */
    public static final String SCHEDULED = "scheduled";

    /** @return whether the page must tell visitors about the status: any status but scheduled */
    public boolean hasStatusNotice() {
        return !SCHEDULED.equals(status);
    }

    /**
     * @return whether the page offers the online address of this online or hybrid event: not when it is
     *         cancelled, and not apart from the status banner of an event that moved online, which holds it
     */
    public boolean hasOnlineAccess() {
        return !onlineUrl.isEmpty() && !"cancelled".equals(status) && !"movedOnline".equals(status);
    }

    /** @return this event with another teaser, e.g. one cut for a listing */
    public EventView withTeaser(String cut) {
        return new EventView(id, name, href, title, subtitle, dateLine, startIso, locationLine, cut, body, links,
                categories, status, image, previousDateLine, onlineUrl, attendanceMode, facts);
    }

    /** A link of an event: "Draft agenda &gt;&gt;". */
    public record EventLink(String label, String href) {
    }
}
