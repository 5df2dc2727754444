package dev.events.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the light modules when none is named: {@code ./light-modules} when it exists (a clone of the project),
 * else the copy packed in the jar, unpacked once into a temporary folder.
 */
final class LightModulesFolder {

    private static final String PACKED = "/light-modules";

    private LightModulesFolder() {
    }

    static Path resolveDefault() throws IOException {
        Path local = Path.of("light-modules");
        return Files.isDirectory(local) ? local : unpack();
    }

    private static Path unpack() throws IOException {
        URL packed = LightModulesFolder.class.getResource(PACKED);
        if (packed == null) {
            throw new IOException("No light-modules folder here and none packed in the jar; use --light-modules");
        }
        Path target = Files.createTempDirectory("events-light-modules");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(target)));
        try {
            if (packed.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(packed.toURI(), Map.of())) {
                    Folders.copy(jar.getPath(PACKED), target);
                }
            } else {
                Folders.copy(Path.of(packed.toURI()), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return target;
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
