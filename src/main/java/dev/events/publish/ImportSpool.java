package dev.events.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An import file copied to a temporary file, so that it can be read twice, event by event: once to check every
 * event, once to write them, without holding either in memory. Closing it deletes the copy.
 */
final class ImportSpool implements AutoCloseable {

    private final Path file;

    private ImportSpool(Path file) {
        this.file = file;
    }

    static ImportSpool of(InputStream in) throws IOException {
        Path file = Files.createTempFile("events-import", ".json");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return new ImportSpool(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** @return the file from its start; the caller closes it */
    InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
