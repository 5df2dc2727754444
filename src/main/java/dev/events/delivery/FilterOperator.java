package dev.events.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * The filter operators of Magnolia's delivery endpoint ({@code property[operator]=value}); none means
 * {@code eq}. {@code in} and {@code not-in} take a range {@code from~to} (inclusive); {@code eq}, {@code ne} and
 * {@code like} take alternatives separated by {@code |}.
 */
enum FilterOperator {
    EQ("eq"), NE("ne"), LT("lt"), GT("gt"), LTE("lte"), GTE("gte"), LIKE("like"), IN("in"), NOT_IN("not-in");

    private final String token;

    FilterOperator(String token) {
        this.token = token;
    }

    /** @return the operator spelled {@code token} in brackets */
    static Optional<FilterOperator> of(String token) {
        return Arrays.stream(values()).filter(o -> o.token.equals(token)).findFirst();
    }

    /** @return the operators as Magnolia spells them, for messages */
    static String spellings() {
        return String.join(", ", Arrays.stream(values()).map(o -> o.token).toList());
    }

    String token() {
        return token;
    }

    /** @return whether the value lists alternatives separated by {@code |} */
    boolean takesAlternatives() {
        return this == EQ || this == NE || this == LIKE;
    }

    /** @return whether the value is a range {@code from~to} */
    boolean takesRange() {
        return this == IN || this == NOT_IN;
    }

    /** @return whether the operator compares by order, meaningless for booleans */
    boolean orders() {
        return this != EQ && this != NE && this != LIKE;
    }
}
