package dev.events.delivery;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.jcr.PropertyType;

import org.apache.jackrabbit.util.ISO9075;

/**
 * Builds the XPath statement of a checked {@link DeliveryQuery}. XPath, not JCR-SQL2: Jackrabbit sorts an XPath
 * {@code order by} in its Lucene index (milliseconds at 100,000 events) where SQL2 sorts every match in memory
 * (seconds). Nothing from the request reaches the statement unchecked: property names are those the endpoint
 * knows, paths and node names match plain-name patterns and are ISO 9075-encoded, text is quoted, dates and
 * numbers are re-formatted from their parsed values, and full-text terms are reduced to words.
 */
final class QueryXPath {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private QueryXPath() {
    }

    static String of(DeliveryEndpoint endpoint, DeliveryQuery query) {
        StringBuilder xpath = new StringBuilder("/jcr:root");
        String scope = endpoint.workspacePath(query.ancestor() == null ? "" : query.ancestor());
        for (String segment : scope.split("/")) {
            if (!segment.isEmpty()) {
                xpath.append('/').append(ISO9075.encode(segment));
            }
        }
        List<String> types = endpoint.definition().nodeTypes();
        xpath.append("//element(*, ").append(types.size() == 1 ? types.get(0) : "nt:base").append(')');
        List<String> constraints = constraints(types, query);
        if (!constraints.isEmpty()) {
            xpath.append('[').append(String.join(" and ", constraints)).append(']');
        }
        return xpath.append(orderBy(query.orderBy())).toString();
    }

    private static List<String> constraints(List<String> types, DeliveryQuery query) {
        List<String> constraints = new ArrayList<>();
        if (types.size() > 1) {
            constraints.add(any(types.stream().map(t -> "@jcr:primaryType = " + literal(t)).toList()));
        }
        if (!query.words().isEmpty()) {
            constraints.add("jcr:contains(., " + literal(query.words()) + ")");
        }
        query.filters().forEach(f -> constraints.add(constraint(f)));
        return constraints;
    }

    private static String constraint(DeliveryQuery.Filter filter) {
        String subject = filter.property().equals(QueryParser.NAME) ? "fn:name()" : "@" + filter.property();
        List<String> values = filter.values().stream().map(v -> literal(v, filter.type())).toList();
        return switch (filter.operator()) {
            case EQ -> any(values.stream().map(v -> subject + " = " + v).toList());
            // negations keep nodes without the property: status[ne]=cancelled keeps events with no status
            case NE -> "not" + any(values.stream().map(v -> subject + " = " + v).toList());
            case LIKE -> any(filter.values().stream().map(v -> "jcr:like(" + lowerCase(subject) + ", "
                    + literal(pattern(((String) v).toLowerCase(Locale.ROOT))) + ")").toList());
            case LT -> subject + " < " + values.get(0);
            case GT -> subject + " > " + values.get(0);
            case LTE -> subject + " <= " + values.get(0);
            case GTE -> subject + " >= " + values.get(0);
            case IN -> range(subject, values);
            case NOT_IN -> "not" + range(subject, values);
        };
    }

    /** Node names need no lowering: the query compares them as they are. */
    private static String lowerCase(String subject) {
        return subject.startsWith("@") ? "fn:lower-case(" + subject + ")" : subject;
    }

    private static String range(String subject, List<String> ends) {
        return "(" + subject + " >= " + ends.get(0) + " and " + subject + " <= " + ends.get(1) + ")";
    }

    private static String any(List<String> alternatives) {
        return "(" + String.join(" or ", alternatives) + ")";
    }

    /**
     * {@code like}, ignoring case: {@code %} matches any text, and a value without {@code %} matches the values
     * containing it; {@code _} and {@code \} match themselves.
     */
    static String pattern(String value) {
        String escaped = value.replace("\\", "\\\\").replace("_", "\\_");
        return escaped.contains("%") ? escaped : "%" + escaped + "%";
    }

    /** @return the literal of a value compared with a property of that {@link PropertyType} */
    private static String literal(Object value, int type) {
        if (value instanceof OffsetDateTime date) {
            return "xs:dateTime(" + literal(DATE_TIME.format(date)) + ")";
        }
        if (value instanceof BigDecimal number) {
            // a literal without a decimal point is a long to Jackrabbit, and would miss double values
            return type == PropertyType.LONG ? number.toBigInteger().toString()
                    : number.scale() > 0 ? number.toPlainString() : number.toPlainString() + ".0";
        }
        return literal(value.toString());
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String orderBy(List<DeliveryQuery.Ordering> orderings) {
        if (orderings.isEmpty()) {
            return "";
        }
        return " order by " + String.join(", ", orderings.stream()
                .map(o -> "@" + o.property() + (o.descending() ? " descending" : " ascending")).toList());
    }
}
