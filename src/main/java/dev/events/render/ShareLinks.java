package dev.events.render;

/**
 * "Share" links that need no third-party script: each opens the network's own share page (or the visitor's
 * e-mail program) with the page's address and title filled in, so no network learns of a visit to the page
 * before the visitor chooses to share it.
 *
 * @param x        X (formerly Twitter)
 * @param facebook Facebook
 * @param linkedin LinkedIn
 * @param email    a {@code mailto:} link with subject and body
 */
public record ShareLinks(String x, String facebook, String linkedin, String email) {

    /**
     * @param url   the absolute address of the page
     * @param title the page's title
     * @param text  a short text for the e-mail, before the address; may be empty
     */
    public static ShareLinks of(String url, String title, String text) {
        // RFC 6068: line breaks in a mailto body are CRLF
        String body = text == null || text.isBlank() ? url : text + "\r\n\r\n" + url;
        return new ShareLinks(
                new UrlBuilder("https://x.com/intent/post").add("url", url).add("text", title).toString(),
                new UrlBuilder("https://www.facebook.com/sharer/sharer.php").add("u", url).toString(),
                new UrlBuilder("https://www.linkedin.com/sharing/share-offsite/").add("url", url).toString(),
                new UrlBuilder("mailto:").add("subject", title).add("body", body).toString());
    }
}
