package dev.events.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The checker of the XSS tests finds the corpus when it is not escaped, so those tests can fail. */
class HtmlSafetyTest {

    /** Payloads that are text even unescaped: encoded forms, template syntax, line breaks. */
    private static final List<String> INERT = List.of("&lt;", "&#60;", "%3C", "\\u003c", "{{", "${7*7}", "[#assign",
            "line one", "<!--<script>", "<![CDATA[", "]]></description>", "\"},\"@type\"", "\" onmouseover",
            "' onfocus", "<a href=\"/ok\" onmouseover");

    @Test
    void everyActivePayloadOfTheCorpusIsFoundWhenInsertedUnescaped() {
        for (String payload : XssCorpus.payloads()) {
            if (INERT.stream().noneMatch(payload::startsWith)) {
                String page = "<!DOCTYPE html><html><head><title>t</title></head><body><p>" + payload
                        + "</p></body></html>";
                assertThat(HtmlSafety.problems(page, Set.of())).as(payload).isNotEmpty();
            }
        }
    }

    @Test
    void attributeBreakoutsAreFoundInAnUnescapedAttribute() {
        assertThat(HtmlSafety.problems("<input value=\"\" onmouseover=\"alert(24)\" x=\"\">", Set.of())).isNotEmpty();
        assertThat(HtmlSafety.problems("<input value='' onfocus='alert(25)' autofocus x=''>", Set.of())).isNotEmpty();
    }

    @Test
    void theSitesOwnDataBlockAndScriptsAndEscapedTextPass() {
        String page = "<html><head><script type=\"application/ld+json\">{\"name\": \"\\u003cscript>\"}</script>"
                + "<script src=\"/author/static/editor.js\"></script></head><body><p>&lt;script&gt;alert(1)"
                + "&lt;/script&gt;</p><a href=\"/events?q=%3Cscript%3E\">x</a><img src=\"data:image/png;base64,AA\">"
                + "</body></html>";
        assertThat(HtmlSafety.problems(page, Set.of("/author/static/editor.js"))).isEmpty();
    }

    @Test
    void scriptAddressesAreFoundWhateverTheirSpelling() {
        for (String href : List.of("javascript:x", " JaVaScRiPt:x", "java\tscript:x", "vbscript:x",
                "data:text/html,<script>x</script>", "&#106;avascript:x")) {
            assertThat(HtmlSafety.problems("<a href=\"" + href + "\">x</a>", Set.of())).as(href).isNotEmpty();
        }
    }
}
