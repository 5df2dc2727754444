package dev.events.site;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty serving the public site on one port. */
public final class WebServer implements AutoCloseable {

    private final Server server;

    /** @param port the port to listen on; 0 picks a free one */
    public WebServer(int port, PublicSite site, WebResources resources) {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SiteServlet(site, resources)), "/");
        SiteErrorHandler errors = new SiteErrorHandler(site);
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);
        server.setHandler(context);
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
