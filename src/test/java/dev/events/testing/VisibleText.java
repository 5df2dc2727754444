package dev.events.testing;

import org.jsoup.Jsoup;

/** What a reader sees of an HTML page: its text, tags stripped and whitespace collapsed. */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String html) {
        return collapse(Jsoup.parse(html).body().text());
    }

    /** @return the text with every run of whitespace as one space, trimmed */
    public static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
