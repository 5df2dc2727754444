package dev.events.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** Turns Rome's feeds into XML: a JDOM document to complete, then indented UTF-8 bytes. */
final class FeedDocuments {

    static final String ENCODING = "UTF-8";

    private FeedDocuments() {
    }

    /** @return Rome's document of the feed, checked against the format's required elements */
    static Document jdom(WireFeed feed) throws IOException {
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("Cannot write the " + feed.getFeedType() + " feed: " + e.getMessage(), e);
        }
    }

    /** @return the document in UTF-8, indented; text is kept as it is (only whitespace between elements goes) */
    static byte[] bytes(Document document) throws IOException {
        Format format = Format.getPrettyFormat().setEncoding(ENCODING).setLineSeparator("\n")
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XMLOutputter(format).output(document, out);
        return out.toByteArray();
    }
}
