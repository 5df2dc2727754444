package dev.events.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Sanitizes rich text when it is saved: formatting, blocks, links, tables and images; no scripts, no styles. */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory());

    /** @return the HTML with everything unsafe removed */
    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
