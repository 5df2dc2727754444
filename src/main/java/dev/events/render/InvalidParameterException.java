package dev.events.render;

/** A query parameter has a value the page cannot take; the site answers 400 naming it. */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super("Invalid parameter '" + parameter + "': " + message);
        this.parameter = parameter;
    }

    /** @return the parameter at fault */
    public String parameter() {
        return parameter;
    }
}
