package dev.events.delivery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Validators of delivery answers (RFC 9110/9111): a strong {@code ETag} from the bytes served, so that any change
 * of content, language or parameters gives another tag, and {@code Last-Modified} from the content's dates.
 * {@code If-None-Match} decides when present; else {@code If-Modified-Since}. A date a client cannot spell is
 * ignored, never an error.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    /** @return the strong entity tag of a body: a quoted SHA-256 prefix, base64url */
    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** @return the HTTP date of an instant, to the second: {@code Fri, 15 Sep 2017 10:00:00 GMT} */
    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
    }

    /**
     * @param ifNoneMatch     the {@code If-None-Match} header, or null
     * @param ifModifiedSince the {@code If-Modified-Since} header, or null
     * @return whether the client's copy is current, so that 304 answers
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                // If-None-Match compares weakly: W/"x" matches "x"
                if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
