package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** Share links: each network's own share page with the page's address and title, encoded. */
class ShareLinksTest {

    private static final String URL = "https://events.example.org/fr/events/journée?x=1&y=2";
    private static final String TITLE = "Journée « portes ouvertes » & plus";

    private final ShareLinks links = ShareLinks.of(URL, TITLE, "Visitez le Palais.");

    @Test
    void eachLinkOpensTheNetworksSharePageWithTheAddress() {
        assertThat(QueryParameters.base(links.x())).isEqualTo("https://x.com/intent/post");
        assertThat(QueryParameters.of(links.x())).containsExactly(entry("url", URL), entry("text", TITLE));
        assertThat(QueryParameters.base(links.facebook())).isEqualTo("https://www.facebook.com/sharer/sharer.php");
        assertThat(QueryParameters.of(links.facebook())).containsExactly(entry("u", URL));
        assertThat(QueryParameters.base(links.linkedin()))
                .isEqualTo("https://www.linkedin.com/sharing/share-offsite/");
        assertThat(QueryParameters.of(links.linkedin())).containsExactly(entry("url", URL));
    }

    @Test
    void theEmailLinkHasTheTitleAsSubjectAndTheTextThenTheAddressAsBody() {
        assertThat(links.email()).startsWith("mailto:?subject=");
        assertThat(QueryParameters.of(links.email())).containsExactly(entry("subject", TITLE),
                entry("body", "Visitez le Palais.\r\n\r\n" + URL));
        assertThat(QueryParameters.of(ShareLinks.of(URL, TITLE, "").email())).containsEntry("body", URL);
    }

    @Test
    void spacesAreEncodedAsPercent20NeverAsPlusSigns() {
        for (String link : new String[] {links.x(), links.facebook(), links.linkedin(), links.email()}) {
            assertThat(link).doesNotContain(" ").doesNotContain("+");
        }
        assertThat(links.email()).contains("Journ%C3%A9e%20%C2%AB%20portes");
    }
}
