package dev.events.content;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload read into memory after its type was recognised from its first bytes, and only up to that type's
 * limit plus one byte: a refused type costs {@link #SNIFF_LENGTH} bytes, an oversize file its limit.
 *
 * @param type  the type detected from the bytes
 * @param bytes the whole file
 */
record Upload(AssetType type, byte[] bytes) {

    /** How many leading bytes are looked at to recognise (or describe) the type. */
    static final int SNIFF_LENGTH = 512;
    private static final long MB = 1024 * 1024;

    /** Reads an upload; does not close {@code data}. */
    static Upload read(InputStream data) throws AssetException {
        try {
            BufferedInputStream in = new BufferedInputStream(data, SNIFF_LENGTH);
            in.mark(SNIFF_LENGTH);
            byte[] header = in.readNBytes(SNIFF_LENGTH);
            AssetType type = AssetType.detect(header).orElseThrow(() -> new AssetException("type not allowed: "
                    + RefusedContent.describe(header) + "; allowed: " + AssetType.ALLOWED));
            in.reset();
            byte[] bytes = in.readNBytes(Math.toIntExact(type.limit() + 1));
            if (bytes.length > type.limit()) {
                throw tooLarge(type);
            }
            return new Upload(type, bytes);
        } catch (IOException e) {
            throw new AssetException("the upload could not be read: " + e.getMessage(), e);
        }
    }

    private static AssetException tooLarge(AssetType type) {
        return new AssetException("file too large: more than " + type.limit() / MB + " MB; images may be at most "
                + AssetType.IMAGE_LIMIT / MB + " MB, PDF documents " + AssetType.DOCUMENT_LIMIT / MB + " MB");
    }
}
