package dev.events.author;

/**
 * What an author page answers: HTML with a status, or a redirect (303, so a form POST becomes a GET).
 *
 * @param status   the HTTP status
 * @param html     the page, or empty for a redirect
 * @param location where a redirect goes, or null
 * @param type     the media type of the body
 */
record AuthorResponse(int status, String html, String location, String type) {

    static AuthorResponse page(int status, String html) {
        return new AuthorResponse(status, html, null, "text/html; charset=UTF-8");
    }

    static AuthorResponse redirect(String location) {
        return new AuthorResponse(303, "", location, "text/plain; charset=UTF-8");
    }

    static AuthorResponse csv(String csv) {
        return new AuthorResponse(200, csv, null, "text/csv; charset=UTF-8");
    }
}
