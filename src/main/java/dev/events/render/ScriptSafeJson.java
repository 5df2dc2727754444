package dev.events.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes JSON to embed in an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} become the JSON
 * escapes {@code \u005Cu003c}, {@code \u005Cu003e} and {@code \u005Cu0026}, so no text can write {@code </script>} or
 * {@code <!--} and end or change the element; the JSON means the same. Other characters, non-ASCII ones
 * included, are written as they are.
 */
final class ScriptSafeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptSafeJson() {
    }

    static String write(JsonNode json) {
        try {
            return JSON.writer().with(new MarkupEscapes()).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** Jackson's standard escapes, plus the characters of markup, in lower-case hexadecimal. */
    private static final class MarkupEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        MarkupEscapes() {
            for (char c : new char[] {'<', '>', '&'}) {
                escapes[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        /** Called for the characters marked custom above, and for every non-ASCII one, which stays as it is. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < escapes.length && escapes[ch] == ESCAPE_CUSTOM
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
