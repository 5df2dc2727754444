package dev.events.site;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty serving the public site on one port. */
public final class WebServer implements AutoCloseable {

    /** The most text a form may carry, in bytes, and the most fields. */
    static final int MAX_FORM_TEXT = 2 << 20;
    static final int MAX_FORM_FIELDS = 1_000;

    private final Server server;

    /**
     * @param port     the port to listen on; 0 picks a free one
     * @param author   the author UI, served at {@code /author/*} with sessions
     * @param delivery the delivery API, served at {@code /.rest/*}
     */
    public WebServer(int port, PublicSite site, WebResources resources, HttpServlet author, HttpServlet delivery) {
        this(null, port, site, resources, author, delivery);
    }

    /**
     * @param host the address to listen on, such as {@code 127.0.0.1} for loopback only; null for every interface
     * @see #WebServer(int, PublicSite, WebResources, HttpServlet, HttpServlet)
     */
    public WebServer(String host, int port, PublicSite site, WebResources resources, HttpServlet author,
            HttpServlet delivery) {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        // the text of one form: an event's rich text takes 200,000 characters per language (up to 3 bytes each in
        // UTF-8), more than Jetty's 200 kB default; anything larger is refused with 413 before a handler runs
        context.setMaxFormContentSize(MAX_FORM_TEXT);
        context.setMaxFormKeys(MAX_FORM_FIELDS);
        context.setSessionHandler(sessions());
        context.addServlet(new ServletHolder(new SiteServlet(site, resources)), "/");
        ServletHolder authorHolder = new ServletHolder(author);
        // uploads of the editor: files up to 25 MB (the asset store refuses past its own limits), 60 MB a form
        authorHolder.getRegistration().setMultipartConfig(new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), 25L << 20, 60L << 20, 1 << 20));
        context.addServlet(authorHolder, "/author/*");
        context.addServlet(new ServletHolder(delivery), "/.rest/*");
        SiteErrorHandler errors = new SiteErrorHandler(site);
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);
        server.setHandler(context);
    }

    /** Sessions of the author UI: an HttpOnly, SameSite=Lax cookie that expires with the browser. */
    private static SessionHandler sessions() {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie("EVENTS_SESSION");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(4 * 60 * 60);
        sessions.setUsingUriParameters(false);
        return sessions;
    }

    /** Starts listening; returns once requests are served. */
    public void start() throws Exception {
        server.start();
    }

    /** @return the port listened on */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
