package dev.events.delivery;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** The syndication formats of listing feeds, by the suffix the events page's address takes. */
public enum FeedFormat {

    /** RSS 2.0: {@code /events.rss}. */
    RSS(".rss", "application/rss+xml; charset=UTF-8"),
    /** Atom 1.0 (RFC 4287): {@code /events.atom}. */
    ATOM(".atom", "application/atom+xml; charset=UTF-8");

    private final String suffix;
    private final String contentType;

    FeedFormat(String suffix, String contentType) {
        this.suffix = suffix;
        this.contentType = contentType;
    }

    /** @return the suffix of the feed's address, e.g. {@code .rss} */
    public String suffix() {
        return suffix;
    }

    /** @return the media type with its charset */
    public String contentType() {
        return contentType;
    }

    /** @return the format whose suffix ends {@code path} */
    public static Optional<FeedFormat> of(String path) {
        return Arrays.stream(values()).filter(f -> path.endsWith(f.suffix)).findFirst();
    }

    /** The document in this format, in UTF-8. */
    byte[] write(FeedChannel feed) throws IOException {
        return this == RSS ? RssWriter.write(feed) : AtomWriter.write(feed);
    }
}
