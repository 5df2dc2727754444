package dev.events.durability;

import dev.events.testing.AuthorClient;

/** A user logged in to the author UI over HTTP: the client (its session cookie) and the session's CSRF token. */
record LoggedIn(String name, AuthorClient client, String csrf) {

    static final String PASSWORD = "correct horse battery";

    static LoggedIn as(int port, String name) throws Exception {
        AuthorClient client = new AuthorClient(port);
        return new LoggedIn(name, client, client.logIn(name, PASSWORD));
    }
}
