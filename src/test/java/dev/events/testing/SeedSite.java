package dev.events.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The site with the seed events, shared by the tests of one class, as a JUnit extension
 * ({@code @RegisterExtension static final SeedSite seed = new SeedSite();}): started before the class's first test
 * (and before its {@code @BeforeAll} methods), closed after its last.
 */
public final class SeedSite implements BeforeAllCallback, AfterAllCallback {

    private TestSite site;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        site = TestSite.withSeedEvents();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (site != null) {
            site.close();
        }
    }

    /** @return the running site */
    public TestSite site() {
        return site;
    }
}
