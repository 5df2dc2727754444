package dev.events.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a query-string name or value strictly: {@code +} is a space, {@code %XX} a byte, and the bytes must be
 * UTF-8. {@link java.net.URLDecoder} turns invalid byte sequences into U+FFFD silently, so that {@code ?q=%FF}
 * would search for a replacement character; here they are refused, and the caller answers 400 naming the
 * parameter.
 */
public final class QueryDecoding {

    private QueryDecoding() {
    }

    /** @return the decoded text, or empty when it has a broken %-escape or is not UTF-8 */
    public static Optional<String> decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                literal.append(c == '+' ? ' ' : c);
                continue;
            }
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low < 0) {
                return Optional.empty();
            }
            bytes.writeBytes(literal.toString().getBytes(StandardCharsets.UTF_8));
            literal.setLength(0);
            bytes.write(high * 16 + low);
            i += 2;
        }
        bytes.writeBytes(literal.toString().getBytes(StandardCharsets.UTF_8));
        return utf8(bytes.toByteArray());
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }
}
