package dev.events.format;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Builds the location line of an event: the editor's own location text if there is one, otherwise
 * "Venue, City, Country" from the parts that exist. Stateless and thread-safe.
 */
public final class LocationLine {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** Creates a location line builder; it holds no state, so one instance can be shared. */
    public LocationLine() {
        // stateless
    }

    /**
     * Formats the location of an event.
     *
     * @param location    the editor's free-text location; returned (trimmed) when not blank
     * @param venue       the venue, or {@code null}
     * @param city        the city, or {@code null}
     * @param countryCode an ISO 3166 alpha-2 country code in either case, or {@code null}; a code the JDK
     *                    does not know is skipped rather than shown raw
     * @param locale      the language for the country name; {@code null} means English
     * @return the location line, "" when there is nothing to show
     */
    public String format(String location, String venue, String city, String countryCode, Locale locale) {
        if (!isBlank(location)) {
            return location.strip();
        }
        StringJoiner line = new StringJoiner(", ");
        addIfPresent(line, venue);
        addIfPresent(line, city);
        addIfPresent(line, countryName(countryCode, locale == null ? Locale.ENGLISH : locale));
        return line.toString();
    }

    private static String countryName(String countryCode, Locale locale) {
        if (isBlank(countryCode)) {
            return null;
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        // getDisplayCountry echoes unknown codes back; a raw "ZZ" on a page is worse than no country.
        if (!ISO_COUNTRIES.contains(code)) {
            return null;
        }
        return new Locale("", code).getDisplayCountry(locale);
    }

    private static void addIfPresent(StringJoiner line, String part) {
        if (!isBlank(part)) {
            line.add(part.strip());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
