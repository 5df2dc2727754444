package dev.events.content;

import java.util.Calendar;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.events.content.EventImportReader.ProblemSink;

/**
 * The rules of an event's optional details: web addresses, the organizer's e-mail, the price and its currency,
 * the coordinates, and a previous start that only a rescheduled or postponed event has.
 */
final class DetailRules {

    private static final List<String> WEB_ADDRESSES =
            List.of(EventProperties.ORGANIZER_URL, EventProperties.REGISTRATION_URL);
    /** Deliberately simple: one @, no spaces, a dot in the domain; the address is shown, not mailed to. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern PRICE = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ProblemSink sink;

    DetailRules(ProblemSink sink) {
        this.sink = sink;
    }

    void check(Map<String, Object> values, Set<String> reported) {
        for (String name : WEB_ADDRESSES) {
            if (values.get(name) instanceof String url && !EventRules.webAddress(url)) {
                sink.add(name, "must be a web address starting with https:// or http://");
            }
        }
        if (values.get(EventProperties.ORGANIZER_EMAIL) instanceof String email && !EMAIL.matcher(email).matches()) {
            sink.add(EventProperties.ORGANIZER_EMAIL, "not an e-mail address: \"" + email + "\"");
        }
        checkPrice(values);
        checkRange(values, EventProperties.LATITUDE, 90);
        checkRange(values, EventProperties.LONGITUDE, 180);
        String missing = values.containsKey(EventProperties.LATITUDE) ? EventProperties.LONGITUDE
                : EventProperties.LATITUDE;
        if (values.containsKey(EventProperties.LATITUDE) != values.containsKey(EventProperties.LONGITUDE)
                && !reported.contains(missing)) {
            sink.add(missing, "required with the other coordinate");
        }
        checkPreviousStart(values);
    }

    private void checkPrice(Map<String, Object> values) {
        Object price = values.get(EventProperties.PRICE);
        Object currency = values.get(EventProperties.PRICE_CURRENCY);
        if (price instanceof String text && !PRICE.matcher(text).matches()) {
            sink.add(EventProperties.PRICE, "must be a decimal number such as 25 or 12.50, not \"" + text + "\"");
        }
        if (currency instanceof String code && !isCurrency(code)) {
            sink.add(EventProperties.PRICE_CURRENCY, "not an ISO 4217 currency code: \"" + code + "\" (e.g. EUR)");
        } else if (price != null && currency == null && !"0".equals(price)) {
            sink.add(EventProperties.PRICE_CURRENCY, "required with a price");
        }
    }

    private static boolean isCurrency(String code) {
        return CURRENCIES.contains(code);
    }

    private void checkRange(Map<String, Object> values, String name, double limit) {
        if (values.get(name) instanceof Double value && Math.abs(value) > limit) {
            sink.add(name, "must be between -" + (int) limit + " and " + (int) limit);
        }
    }

    private void checkPreviousStart(Map<String, Object> values) {
        if (!(values.get(EventProperties.PREVIOUS_START_DATE) instanceof Calendar)) {
            return;
        }
        Object status = values.get(EventProperties.STATUS);
        if (!"rescheduled".equals(status) && !"postponed".equals(status)) {
            sink.add(EventProperties.PREVIOUS_START_DATE, "only for a rescheduled or postponed event");
        }
    }
}
