package dev.events.site;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty decides before the site sees a request (an ambiguous or malformed URI, a URI too
 * long) with the site's own error page and security headers, never Jetty's page.
 */
final class SiteErrorHandler extends ErrorHandler {

    private final PublicSite site;

    SiteErrorHandler(PublicSite site) {
        this.site = site;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        SiteResponse page = site.error(status, SiteRequest.of("/", ""));
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.contentType());
        SiteServlet.SECURITY_HEADERS.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(page.body()), callback);
        return true;
    }
}
