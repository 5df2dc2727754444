package dev.events.content;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Sanitizes rich text when it is saved: formatting, blocks, links, tables, and images from this site (the
 * Content-Security-Policy blocks others); no scripts, no styles, no event handlers.
 */
public final class RichText {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\]).*");
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("img").allowAttributes("alt", "width", "height")
                    .onElements("img").allowAttributes("src").matching(LOCAL_PATH).onElements("img").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory());

    /** @return the HTML with everything unsafe removed */
    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
