package dev.events.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs under {@code src/test/resources}. A missing golden file fails the test; run
 * with {@code -Dgolden.update=true} to (re)write them, then review the diff before committing.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources");

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code resource} (relative to test resources). */
    public static void assertMatches(String resource, String actual) throws IOException {
        Path file = ROOT.resolve(resource);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (write it with -Dgolden.update=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
