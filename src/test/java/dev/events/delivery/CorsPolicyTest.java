package dev.events.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CORS with configured origins ({@code serve --cors-origin}); the default, any origin, is tested over HTTP. */
class CorsPolicyTest {

    private final CorsPolicy cors = new CorsPolicy(List.of("https://app.example.org", "http://localhost:3000"));

    @Test
    void aConfiguredOriginIsEchoed() {
        assertThat(cors.headers("https://app.example.org"))
                .containsEntry("Access-Control-Allow-Origin", "https://app.example.org");
        assertThat(cors.headers("http://localhost:3000"))
                .containsEntry("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void otherOriginsAndRequestsWithoutOriginGetNoCorsHeaders() {
        assertThat(cors.headers("https://evil.example.net")).isEmpty();
        assertThat(cors.headers("https://app.example.org.evil.example.net")).isEmpty();
        assertThat(cors.headers(null)).isEmpty();
    }

    @Test
    void aPreflightIsAnsweredForConfiguredOriginsAndReadsOnly() {
        assertThat(cors.preflight("https://app.example.org", "GET", "accept-language"))
                .containsEntry("Access-Control-Allow-Origin", "https://app.example.org")
                .containsEntry("Access-Control-Allow-Headers", "accept-language");
        assertThat(cors.preflight("https://evil.example.net", "GET", null)).isEmpty();
        assertThat(cors.preflight("https://app.example.org", "POST", null)).isEmpty();
    }
}
