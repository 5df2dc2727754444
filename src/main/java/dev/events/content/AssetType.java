package dev.events.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types the {@code dam} accepts, each recognised from its first bytes (magic number), never from a
 * name or a client's content type. SVG is not among them: it can carry scripts.
 */
public enum AssetType {

    PNG("image/png", AssetType.IMAGE_LIMIT, "png"),
    JPEG("image/jpeg", AssetType.IMAGE_LIMIT, "jpg", "jpeg"),
    GIF("image/gif", AssetType.IMAGE_LIMIT, "gif"),
    WEBP("image/webp", AssetType.IMAGE_LIMIT, "webp"),
    PDF("application/pdf", AssetType.DOCUMENT_LIMIT, "pdf");

    /** The largest image accepted, in bytes: 10 MB. */
    public static final long IMAGE_LIMIT = 10L * 1024 * 1024;
    /** The largest PDF document accepted, in bytes: 20 MB. */
    public static final long DOCUMENT_LIMIT = 20L * 1024 * 1024;
    /** The accepted types in words, for messages. */
    public static final String ALLOWED = "PNG, JPEG, GIF, WebP images, PDF documents";

    private final String mimeType;
    private final long limit;
    private final List<String> extensions;

    AssetType(String mimeType, long limit, String... extensions) {
        this.mimeType = mimeType;
        this.limit = limit;
        this.extensions = List.of(extensions);
    }

    /** @return the type whose magic number {@code header} starts with, if it is an accepted one */
    public static Optional<AssetType> detect(byte[] header) {
        if (startsWith(header, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, 0, "GIF87a") || startsWith(header, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWith(header, 0, "RIFF") && startsWith(header, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return startsWith(header, 0, "%PDF-") ? Optional.of(PDF) : Optional.empty();
    }

    /** @return the MIME type stored in {@code jcr:mimeType} */
    public String mimeType() {
        return mimeType;
    }

    /** @return the largest accepted size in bytes */
    public long limit() {
        return limit;
    }

    /** @return whether this is an image (as opposed to a document) */
    public boolean isImage() {
        return mimeType.startsWith("image/");
    }

    /** @return {@code extension} when it is one of this type's (lower case), else the type's usual one */
    public String extension(String extension) {
        return extensions.contains(extension) ? extension : extensions.get(0);
    }

    static boolean startsWith(byte[] bytes, int offset, String ascii) {
        return startsWith(bytes, offset, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        byte[] expected = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            expected[i] = (byte) magic[i];
        }
        return startsWith(bytes, offset, expected);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
