package dev.events.render;

import java.util.List;
import java.util.StringJoiner;

import dev.events.config.SiteSettings;

/**
 * {@code pagefn}: what a page's head and the detail page's sharing blocks need that depends on the site's public
 * address ({@link SiteSettings#baseUrl()}): canonical and language links, Open Graph values, the event's JSON-LD,
 * its add-to-calendar and share links. Every address is computed here, none in templates.
 */
public final class PageFunctions {

    private final RenderRequest request;
    private final SiteSettings settings;

    PageFunctions(RenderRequest request, SiteSettings settings) {
        this.request = request;
        this.settings = settings;
    }

    /** @return the canonical and language addresses of a listing: {@code page} kept, {@code sort} dropped */
    public PageMeta listingMeta() {
        return PageMeta.of(request, settings, true);
    }

    /** @return the canonical and language addresses of a page identified by its path alone (a detail page) */
    public PageMeta pageMeta() {
        return PageMeta.of(request, settings, false);
    }

    /** @return the absolute address of a site path, or empty for an empty path */
    public String absolute(String path) {
        return path == null || path.isBlank() ? "" : settings.absolute(path);
    }

    /** @return the page's {@code og:locale}, e.g. {@code fr_FR} */
    public String ogLocale() {
        return PageMeta.ogLocale(request.locale());
    }

    /** @return the {@code og:locale:alternate} values: the page's other languages */
    public List<String> ogAlternateLocales() {
        return PageMeta.ogAlternateLocales(request.locale());
    }

    /** @return the event as schema.org JSON-LD, safe inside a script element; empty for an event without start */
    public String jsonLd(EventView event) {
        if (event.facts().time().start() == null) {
            return "";
        }
        return EventJsonLd.of(event, absolute(event.href()), request.locale(), this::absolute);
    }

    /** @return the add-to-calendar links of an event, or null for a cancelled event or one without start */
    public CalendarLinks.Links calendarLinks(EventView event) {
        if (event.facts().time().start() == null || "cancelled".equals(event.status())) {
            return null;
        }
        boolean online = AttendanceMode.ONLINE.key().equals(event.attendanceMode()) && !event.onlineUrl().isEmpty();
        return CalendarLinks.of(event.facts().time(), event.title(), details(event),
                online ? event.onlineUrl() : event.locationLine(), event.href() + ".ics");
    }

    /** @return the share links of an event's page */
    public ShareLinks shareLinks(EventView event) {
        return ShareLinks.of(absolute(event.href()), event.title(), event.teaser());
    }

    /** @return the calendar entry's text: the teaser, the online address and the page's address */
    private String details(EventView event) {
        StringJoiner details = new StringJoiner("\n\n");
        for (String part : List.of(event.teaser(), event.onlineUrl(), absolute(event.href()))) {
            if (!part.isBlank()) {
                details.add(part);
            }
        }
        return details.toString();
    }
}
