package dev.events.author;

/** A query parameter of an author page has a value it cannot take; answered 400 naming it. */
final class BadParameterException extends IllegalArgumentException {

    BadParameterException(String parameter, String message) {
        super("Invalid parameter '" + parameter + "': " + message);
    }
}
