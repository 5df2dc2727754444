package dev.events.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.PropertyType;

/**
 * Reads one filter parameter, {@code property[operator]=value}: the property must be one the endpoint knows
 * ({@link PropertyTypes}) or {@code @name}, the operator one of Magnolia's ({@link FilterOperator}), and each
 * value must have the property's type ({@link FilterValues}). Anything else is a 400 naming the parameter.
 */
final class FilterParser {

    static final int MAX_ALTERNATIVES = 20;
    private static final Pattern FILTER = Pattern.compile("([^\\[\\]]+)(?:\\[([^\\[\\]]*)\\])?");
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private final PropertyTypes properties;

    FilterParser(PropertyTypes properties) {
        this.properties = properties;
    }

    DeliveryQuery.Filter parse(String parameter, String value) {
        Matcher m = FILTER.matcher(parameter);
        if (!m.matches()) {
            throw DeliveryException.badParameter(parameter, "not a parameter nor a filter 'property[operator]'");
        }
        FilterOperator operator = m.group(2) == null ? FilterOperator.EQ : FilterOperator.of(m.group(2))
                .orElseThrow(() -> DeliveryException.badParameter(parameter, "unknown operator '" + m.group(2)
                        + "'; the operators are " + FilterOperator.spellings()));
        int type = type(parameter, m.group(1), operator);
        return new DeliveryQuery.Filter(m.group(1), type, operator, values(parameter, type, operator, value));
    }

    private int type(String parameter, String property, FilterOperator operator) {
        if (property.equals(QueryParser.NAME)) {
            if (!operator.takesAlternatives()) {
                throw DeliveryException.badParameter(parameter, "@name takes eq, ne or like");
            }
            return PropertyType.NAME;
        }
        int type = properties.get(property).orElseThrow(() -> DeliveryException.badParameter(parameter,
                "unknown property '" + property + "'")).type();
        if (operator == FilterOperator.LIKE && type != PropertyType.STRING) {
            throw DeliveryException.badParameter(parameter, "like compares text, and '" + property + "' is not");
        }
        if (operator.orders() && type == PropertyType.BOOLEAN) {
            throw DeliveryException.badParameter(parameter, "true and false have no order; use eq or ne");
        }
        return type;
    }

    private static List<Object> values(String parameter, int type, FilterOperator operator, String value) {
        String[] parts = operator.takesRange() ? value.split("~", -1)
                : operator.takesAlternatives() ? value.split("\\|", -1) : new String[] {value};
        if (operator.takesRange() && parts.length != 2) {
            throw DeliveryException.badParameter(parameter, "takes a range 'from~to'");
        }
        if (parts.length > MAX_ALTERNATIVES) {
            throw DeliveryException.badParameter(parameter, "takes at most " + MAX_ALTERNATIVES + " alternatives");
        }
        List<Object> values = new ArrayList<>();
        for (String part : parts) {
            if (type == PropertyType.NAME && !NODE_NAME.matcher(part.replace("%", "x")).matches()) {
                throw DeliveryException.badParameter(parameter, "'" + part + "' is not a node name");
            }
            values.add(type == PropertyType.NAME ? part : FilterValues.read(parameter, type, part));
        }
        return List.copyOf(values);
    }
}
