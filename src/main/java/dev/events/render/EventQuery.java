package dev.events.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a visitor filters events by, read from the page's URL: the contract between the event-filter component,
 * which writes these parameters into its links and form, and the event-list, which reads the same parameters.
 * Every parameter is optional and they combine with AND:
 * <ul>
 * <li>{@code category}: events with exactly this category;</li>
 * <li>{@code place}: events in this country (ISO code, {@code FR}) or city ({@code Strasbourg}), in any case;</li>
 * <li>{@code month}: events with a day (in their own zone) in this month, {@code 2017-10}; the event-calendar
 * shows the same month;</li>
 * <li>{@code day}: events with this day among theirs, {@code 2017-10-05};</li>
 * <li>{@code q}: events holding every word of this text.</li>
 * </ul>
 * A bad value is an {@link InvalidParameterException} naming the parameter. Takes the parameters as Magnolia's
 * {@code ctx.parameters} gives them (a value per name) or as lists or arrays of values.
 *
 * @param category the category, or empty
 * @param place    the country code or city, or empty
 * @param month    the month, or null
 * @param day      the day, or null
 * @param text     the full-text query, or empty
 */
public record EventQuery(String category, String place, YearMonth month, LocalDate day, String text) {

    public static final String CATEGORY = "category";
    public static final String PLACE = "place";
    public static final String MONTH = "month";
    public static final String DAY = "day";
    public static final String TEXT = "q";
    /** Every parameter of the contract, in the order links write them. */
    public static final List<String> PARAMETERS = List.of(CATEGORY, PLACE, MONTH, DAY, TEXT);
    private static final int MAX_NAME = 100;
    private static final Pattern MONTH_VALUE = Pattern.compile("[1-9][0-9]{3}-[0-9]{2}");
    private static final Pattern DAY_VALUE = Pattern.compile("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_TEXT = 200;

    /** No filter at all. */
    public static final EventQuery NONE = new EventQuery("", "", null, null, "");

    /** @return the filters of a request's query parameters; a bad value throws naming its parameter */
    public static EventQuery of(Map<String, ?> parameters) {
        return new EventQuery(text(parameters, CATEGORY, MAX_NAME), text(parameters, PLACE, MAX_NAME),
                month(first(parameters, MONTH)),
                day(first(parameters, DAY)), text(parameters, TEXT, MAX_TEXT));
    }

    /** @return true when any of the contract's parameters has a value: the page then shows a filtered selection */
    public static boolean isFiltered(Map<String, ?> parameters) {
        return PARAMETERS.stream().anyMatch(name -> !first(parameters, name).isEmpty());
    }

    /**
     * @param value {@code 2017-10}, or empty
     * @return the month, or null for an empty value; a bad value throws naming {@code month}
     */
    public static YearMonth month(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (MONTH_VALUE.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidParameterException(MONTH, "must be a month such as 2017-10");
    }

    private static LocalDate day(String value) {
        try {
            if (value.isEmpty() || DAY_VALUE.matcher(value).matches()) {
                return value.isEmpty() ? null : LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidParameterException(DAY, "must be a date such as 2017-10-05");
    }

    private static String text(Map<String, ?> parameters, String name, int maxLength) {
        String value = first(parameters, name).strip();
        if (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(name, "must be a text of at most " + maxLength + " characters");
        }
        return value;
    }

    /** @return the first value of a parameter, or empty */
    static String first(Map<String, ?> parameters, String name) {
        Object value = parameters == null ? null : parameters.get(name);
        if (value instanceof Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        } else if (value instanceof Object[] values) {
            value = values.length == 0 ? null : values[0];
        }
        return value == null ? "" : value.toString();
    }

    /** @return true when nothing is filtered */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** @return this query without the filter of one parameter, for the counts of that parameter's facet */
    public EventQuery without(String parameter) {
        return new EventQuery(CATEGORY.equals(parameter) ? "" : category, PLACE.equals(parameter) ? "" : place,
                MONTH.equals(parameter) ? null : month, DAY.equals(parameter) ? null : day,
                TEXT.equals(parameter) ? "" : text);
    }

    /** @return the parameters that have a value, by name, in the contract's order */
    public Map<String, String> asParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CATEGORY, category);
        values.put(PLACE, place);
        values.put(MONTH, month == null ? "" : month.toString());
        values.put(DAY, day == null ? "" : day.toString());
        values.put(TEXT, text);
        values.values().removeIf(String::isEmpty);
        return values;
    }
}
