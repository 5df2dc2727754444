package dev.events.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A backup as one {@code .zip} file: the backup folder's files, their paths relative to it. */
final class BackupArchive {

    private BackupArchive() {
    }

    /** @return whether {@code path} names a zip file rather than a folder */
    static boolean isArchive(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".zip");
    }

    /** Zips every file below {@code folder} into {@code zip}, the manifest last, as it is written last. */
    static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> Boolean.compare(isManifest(a),
                    isManifest(b))).toList();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    /** @return the manifest of a zipped backup */
    static BackupManifest manifest(Path zip) throws BackupException, IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (entry.getName().equals(BackupManifest.FILE)) {
                    return BackupManifest.read(in);
                }
            }
        }
        throw new BackupException(zip + " is no complete backup: it has no " + BackupManifest.FILE);
    }

    /**
     * Extracts the entries below {@code prefix} (such as {@code author/}) into {@code target}, refusing any entry
     * whose path would leave it.
     */
    static void extract(Path zip, String prefix, Path target) throws BackupException, IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                Path file = root.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new BackupException(zip + " holds an entry outside its folders: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                copy(in, file);
            }
        }
    }

    private static void copy(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
    }

    private static boolean isManifest(Path file) {
        return file.getFileName().toString().equals(BackupManifest.FILE);
    }
}
