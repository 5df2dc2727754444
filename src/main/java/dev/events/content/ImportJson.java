package dev.events.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams the structure of an import file, {@code {"events": [...]}}: each element of the events array is read
 * alone and handed on, so that a file of 100,000 events never is in memory at once. Problems of the file as a
 * whole (not JSON, unknown or repeated top-level keys, no events array) are thrown once it has been read.
 */
final class ImportJson {

    private static final Set<String> FILE_KEYS = Set.of("events", "description", "referenceNow");
    private static final String EVENTS = "events";

    /** Receives each element of the events array with its 1-based position. */
    @FunctionalInterface
    interface Elements<E extends Exception> {
        void accept(int position, JsonNode element) throws E;
    }

    private ImportJson() {
    }

    /**
     * @param json   the mapper whose settings read each element (duplicate keys refused)
     * @param source a name for messages
     * @throws ImportException when the file as a whole is unusable, after the elements it holds were handed on
     */
    static <E extends Exception> void read(ObjectMapper json, InputStream in, String source, Elements<E> elements)
            throws ImportException, E {
        List<ImportProblem> problems = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(source, List.of(problem("", "not a JSON object")));
            }
            boolean events = fields(json, parser, elements, problems);
            if (parser.nextToken() != null) {
                throw new ImportException(source, List.of(problem("", "not valid JSON at line "
                        + parser.currentLocation().getLineNr() + ": more after the end of the object")));
            }
            if (!events && problems.isEmpty()) {
                problems.add(problem(EVENTS, "the file must hold an \"events\" array"));
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new ImportException(source, List.of(problem("", "not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ImportException(source, List.of(problem("", "cannot read: " + e)));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
    }

    /** @return true when the object had an events array, whose elements went to {@code elements} */
    private static <E extends Exception> boolean fields(ObjectMapper json, JsonParser parser, Elements<E> elements,
            List<ImportProblem> problems) throws IOException, E {
        Set<String> keys = new HashSet<>();
        boolean events = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!keys.add(key)) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "duplicate field '" + key + "'");
            } else if (!FILE_KEYS.contains(key)) {
                problems.add(problem(key, "unknown top-level key; expected " + FILE_KEYS));
                parser.skipChildren();
            } else if (key.equals(EVENTS) && value == JsonToken.START_ARRAY) {
                events = true;
                for (int position = 1; parser.nextToken() != JsonToken.END_ARRAY; position++) {
                    elements.accept(position, json.readTree(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        return events;
    }

    private static ImportProblem problem(String field, String message) {
        return new ImportProblem(0, "", field, message);
    }
}
