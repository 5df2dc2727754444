package dev.events.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Names what an upload of a refused type seems to be, so that the editor's message says more than "no". */
final class RefusedContent {

    private RefusedContent() {
    }

    /** @return e.g. "SVG image (it can carry scripts)", from the first bytes of an upload no {@link AssetType} matched */
    static String describe(byte[] header) {
        if (header.length == 0) {
            return "an empty file";
        }
        if (AssetType.startsWith(header, 0, "PK")) {
            return "a ZIP archive or office document";
        }
        if (AssetType.startsWith(header, 0, "MZ") || AssetType.startsWith(header, 0, "\u007fELF")
                || AssetType.startsWith(header, 0, "#!")) {
            return "an executable program";
        }
        String text = new String(header, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.contains("<svg")) {
            return "an SVG image (SVG can carry scripts)";
        }
        if (text.contains("<html") || text.contains("<script") || text.contains("<!doctype")) {
            return "an HTML page or script";
        }
        return isText(header) ? "a text file" : "an unknown binary format";
    }

    private static boolean isText(byte[] header) {
        for (byte b : header) {
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
