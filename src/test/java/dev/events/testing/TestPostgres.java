package dev.events.testing;

import dev.events.bench.ThrowawayPostgres;

/**
 * The throw-away PostgreSQL server of the cluster tests ({@link ThrowawayPostgres}, which {@code bench --cluster}
 * uses too): when PostgreSQL is missing or does not start, {@link #start()} fails saying why: the cluster tests
 * never skip.
 */
public final class TestPostgres implements AutoCloseable {

    /** The database superuser the tests connect as. */
    public static final String USER = ThrowawayPostgres.USER;

    private final ThrowawayPostgres server;

    private TestPostgres(ThrowawayPostgres server) {
        this.server = server;
    }

    /** Creates and starts a server; the caller closes it. */
    public static TestPostgres start() throws Exception {
        return new TestPostgres(ThrowawayPostgres.start());
    }

    /** @return a JDBC URL of a database of this server */
    public String url(String database) {
        return server.url(database);
    }

    public String password() {
        return server.password();
    }

    /** Creates an empty database. */
    public void createDatabase(String name) throws Exception {
        server.createDatabase(name);
    }

    /** Stops the server at once and deletes its folder. */
    @Override
    public void close() throws Exception {
        server.close();
    }
}
