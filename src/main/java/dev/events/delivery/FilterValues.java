package dev.events.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import javax.jcr.PropertyType;

import dev.events.content.StoredDates;

/**
 * Reads one filter value as the type of the property it is compared with, so that dates compare as dates and
 * numbers as numbers. Dates are Magnolia's two formats: {@code 2017-10-05} (midnight UTC) or a date-time with
 * offset ({@code 2017-10-05T09:30:00.000+02:00}, seconds and milliseconds optional); a {@code +} left unescaped
 * in a query string arrives as a space and is read as {@code +}.
 */
final class FilterValues {

    /** The longest value a filter takes: enough for any property value worth matching. */
    static final int MAX_LENGTH = 500;
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,18}(\\.\\d{1,18})?");
    private static final Pattern SPACED_OFFSET = Pattern.compile("(.*T[0-9:.]+) (\\d\\d:\\d\\d)");

    private FilterValues() {
    }

    /**
     * @param parameter the parameter, for messages
     * @param type      the {@link PropertyType} of the property
     * @return an {@link OffsetDateTime}, {@link Boolean}, {@link BigDecimal} or {@link String}
     */
    static Object read(String parameter, int type, String text) {
        if (text.isEmpty()) {
            throw DeliveryException.badParameter(parameter, "needs a value");
        }
        if (text.length() > MAX_LENGTH) {
            throw DeliveryException.badParameter(parameter, "values are at most " + MAX_LENGTH + " characters");
        }
        return switch (type) {
            case PropertyType.DATE -> date(parameter, text);
            case PropertyType.BOOLEAN -> bool(parameter, text);
            case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL -> number(parameter, type, text);
            default -> text;
        };
    }

    private static OffsetDateTime date(String parameter, String text) {
        String value = SPACED_OFFSET.matcher(text).replaceFirst("$1+$2");
        try {
            OffsetDateTime date = value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (!StoredDates.storable(date.toInstant())) {
                throw DeliveryException.badParameter(parameter, "'" + text + "' is not in " + StoredDates.RANGE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw DeliveryException.badParameter(parameter, "'" + text + "' is not a date (2017-10-05) nor a"
                    + " date-time with offset (2017-10-05T09:30:00.000+02:00)");
        }
    }

    private static Boolean bool(String parameter, String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw DeliveryException.badParameter(parameter, "'" + text + "' is not true or false");
    }

    private static BigDecimal number(String parameter, int type, String text) {
        if (!NUMBER.matcher(text).matches() || type == PropertyType.LONG && text.contains(".")) {
            throw DeliveryException.badParameter(parameter, "'" + text + "' is not a"
                    + (type == PropertyType.LONG ? " whole" : "") + " number");
        }
        return new BigDecimal(text);
    }
}
