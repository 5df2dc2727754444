package dev.events.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of Magnolia's delivery endpoint: {@code limit}, {@code offset}, {@code orderBy}
 * ({@code startDate asc,mgnl:lastModified desc}), {@code q} (full text), {@code lang} (read by
 * {@link DeliveryLanguage}), {@code @ancestor}, and property filters ({@link FilterParser}). Any bad value is a
 * 400 naming the parameter.
 */
final class QueryParser {

    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    static final String ORDER_BY = "orderBy";
    static final String TEXT = "q";
    static final String ANCESTOR = "@ancestor";
    static final String NAME = "@name";
    private static final List<String> RESERVED = List.of(LIMIT, OFFSET, ORDER_BY, TEXT, ANCESTOR,
            DeliveryLanguage.PARAMETER);
    /** Bounds that keep any query small: Lucene refuses queries of more than 1,024 clauses. */
    static final int MAX_FILTERS = 20;
    static final int MAX_WORDS = 20;
    private static final Pattern ORDERING = Pattern.compile("\\s*(\\S+)(?:\\s+(\\S+))?\\s*");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+");

    private final DeliveryEndpoint endpoint;
    private final FilterParser filters;

    QueryParser(DeliveryEndpoint endpoint) {
        this.endpoint = endpoint;
        this.filters = new FilterParser(endpoint.properties());
    }

    DeliveryQuery parse(Map<String, String> parameters) {
        List<String> filterParameters = parameters.keySet().stream().filter(n -> !RESERVED.contains(n)).toList();
        if (filterParameters.size() > MAX_FILTERS) {
            throw DeliveryException.badParameter(filterParameters.get(MAX_FILTERS), "a query takes at most "
                    + MAX_FILTERS + " filters");
        }
        List<DeliveryQuery.Filter> parsed = new ArrayList<>();
        filterParameters.forEach(name -> parsed.add(filters.parse(name, parameters.get(name))));
        String limit = parameters.get(LIMIT);
        return new DeliveryQuery(limit == null ? endpoint.defaultLimit() : number(LIMIT, limit, 1,
                DeliveryEndpoint.MAX_LIMIT), number(OFFSET, parameters.getOrDefault(OFFSET, "0"), 0,
                Integer.MAX_VALUE), orderBy(parameters.get(ORDER_BY)), words(parameters.get(TEXT)),
                ancestor(parameters.get(ANCESTOR)), List.copyOf(parsed));
    }

    private static int number(String parameter, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw DeliveryException.badParameter(parameter, "'" + text + "' is not a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }

    private List<DeliveryQuery.Ordering> orderBy(String text) {
        if (text == null) {
            return List.of();
        }
        List<DeliveryQuery.Ordering> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = ORDERING.matcher(part);
            if (!m.matches()) {
                throw DeliveryException.badParameter(ORDER_BY, "'" + text + "' is not a list of 'property [asc|desc]'");
            }
            PropertyTypes.Known known = endpoint.properties().get(m.group(1)).orElseThrow(() ->
                    DeliveryException.badParameter(ORDER_BY, "unknown property '" + m.group(1) + "'"));
            if (known.multiple()) {
                throw DeliveryException.badParameter(ORDER_BY, "'" + m.group(1) + "' holds several values and"
                        + " cannot order results");
            }
            out.add(new DeliveryQuery.Ordering(m.group(1), descending(m.group(2))));
        }
        return List.copyOf(out);
    }

    private static boolean descending(String direction) {
        if (direction == null || direction.equalsIgnoreCase("asc")) {
            return false;
        }
        if (direction.equalsIgnoreCase("desc")) {
            return true;
        }
        throw DeliveryException.badParameter(ORDER_BY, "direction '" + direction + "' is neither asc nor desc");
    }

    private static String words(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        // lower case keeps words such as OR and AND from being read as full-text operators
        String words = NOT_A_WORD.matcher(text).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty()) {
            throw DeliveryException.badParameter(TEXT, "'" + text + "' contains no word to search for");
        }
        if (words.split(" ").length > MAX_WORDS) {
            throw DeliveryException.badParameter(TEXT, "searches at most " + MAX_WORDS + " words");
        }
        return words;
    }

    private static String ancestor(String path) {
        if (path != null && !PATH.matcher(path).matches()) {
            throw DeliveryException.badParameter(ANCESTOR, "'" + path + "' is not an absolute path such as /2017");
        }
        return path;
    }
}
