package dev.events.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * What an operator configures about the public site.
 *
 * @param baseUrl         the public address of the site, without a trailing slash ({@code https://events.example.org}):
 *                        absolute links in feeds, calendars, sitemaps, canonical links and structured data start
 *                        with it. It is configured, never taken from the request's {@code Host} header, which a
 *                        client chooses.
 * @param feedPastDays    how many days back the calendar feed {@code /events.ics} reaches by default
 * @param feedHorizonDays how many days ahead the calendar feed reaches by default
 * @param corsOrigins     the origins allowed to read the delivery API from a browser; {@code *} for any
 * @param pageCache       whether the public site keeps rendered pages in memory until what they show changes
 */
public record SiteSettings(URI baseUrl, int feedPastDays, int feedHorizonDays, List<String> corsOrigins,
        boolean pageCache) {

    /** The settings of {@code serve} without options, on port 8080. */
    public static final SiteSettings DEFAULTS = new SiteSettings(URI.create("http://localhost:8080"), 90, 365,
            List.of("*"), true);

    public SiteSettings {
        String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null
                || baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
            throw new IllegalArgumentException("The base URL must be an http(s) address such as "
                    + "https://events.example.org, without query or fragment: " + baseUrl);
        }
        if (feedPastDays < 0 || feedHorizonDays < 0) {
            throw new IllegalArgumentException("The feed's past window and horizon must be 0 days or more");
        }
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** @return the absolute address of a site path: {@code /events/x} gives {@code https://host/events/x} */
    public String absolute(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** @return these settings with another base URL */
    public SiteSettings withBaseUrl(URI url) {
        return new SiteSettings(url, feedPastDays, feedHorizonDays, corsOrigins, pageCache);
    }

    /** @return these settings with the page cache on or off */
    public SiteSettings withPageCache(boolean on) {
        return new SiteSettings(baseUrl, feedPastDays, feedHorizonDays, corsOrigins, on);
    }
}
