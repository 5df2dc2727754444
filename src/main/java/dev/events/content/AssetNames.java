package dev.events.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces an uploaded file's name to a safe node and file name: no path, lower-case ASCII letters, digits,
 * {@code .-_} only, never empty or hidden, and the extension of the type detected from the bytes.
 */
final class AssetNames {

    static final String FALLBACK = "file";
    private static final int MAX_BASE_LENGTH = 80;

    private AssetNames() {
    }

    /** @return e.g. {@code passwd.png} for {@code ../../etc/passwd.PNG} */
    static String safe(String fileName, AssetType type) {
        String name = withoutPath(fileName == null ? "" : fileName);
        int dot = name.lastIndexOf('.');
        String base = clean(dot <= 0 ? name : name.substring(0, dot));
        String extension = dot <= 0 ? "" : clean(name.substring(dot + 1));
        return (base.isEmpty() ? FALLBACK : base) + "." + type.extension(extension);
    }

    private static String withoutPath(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String clean(String part) {
        String ascii = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String kept = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        String shortened = kept.length() <= MAX_BASE_LENGTH ? kept : kept.substring(0, MAX_BASE_LENGTH);
        return shortened.replaceAll("^[._-]+|[._-]+$", "");
    }
}
