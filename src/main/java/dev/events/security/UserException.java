package dev.events.security;

/** A refused change to the users: a bad name or password, a name that is taken, a user that does not exist. */
public final class UserException extends Exception {

    /** @param message what is wrong, naming the user or rule at fault */
    public UserException(String message) {
        super(message);
    }
}
