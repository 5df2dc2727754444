package dev.events.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies and deletes folder trees, also across file systems (a folder inside the jar). */
public final class Folders {

    private Folders() {
    }

    /** Copies every file below {@code from} to the same relative place below {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path destination = to.resolve(from.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, destination);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; a folder that is gone already is fine. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
