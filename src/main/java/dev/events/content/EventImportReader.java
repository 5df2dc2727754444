package dev.events.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.events.definition.ContentTypeDefinition;

/**
 * Reads an import file: JSON with an {@code events} array whose keys are the content type's property names
 * ({@code _fr} suffixes for translations). Every event is checked before anything is returned, so a file with
 * any invalid event is refused whole.
 */
public final class EventImportReader {

    /** Node names: lower-case letters, digits and single hyphens, as URLs use them. */
    static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FILE_KEYS = Set.of("events", "description", "referenceNow");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final EventFieldParser fields;

    /** @param eventType the Event content type, whose model says which keys and types are valid */
    public EventImportReader(ContentTypeDefinition eventType) {
        this.fields = new EventFieldParser(eventType);
    }

    /**
     * @param source a name for messages (the file name)
     * @return the events, in file order
     * @throws ImportException naming every event and field at fault
     */
    public List<EventRecord> read(InputStream in, String source) throws ImportException {
        List<ImportItem> items = check(in, source);
        List<ImportProblem> problems = items.stream().flatMap(i -> i.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
        return items.stream().map(ImportItem::record).toList();
    }

    /**
     * Checks every event of a file and reports on each, for imports that show what is refused and why.
     *
     * @return the events in file order, each valid or with its problems
     * @throws ImportException when the file as a whole is unusable (not JSON, no events array, unknown keys)
     */
    public List<ImportItem> check(InputStream in, String source) throws ImportException {
        JsonNode root = parse(in, source);
        List<ImportProblem> problems = new ArrayList<>();
        checkFileKeys(root, problems);
        JsonNode events = root.path("events");
        if (!events.isArray()) {
            problems.add(new ImportProblem(0, "", "events", "the file must hold an \"events\" array"));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
        return readEvents(events);
    }

    private JsonNode parse(InputStream in, String source) throws ImportException {
        try {
            JsonNode root = json.readTree(in);
            if (root == null || !root.isObject()) {
                throw new ImportException(source, List.of(new ImportProblem(0, "", "", "not a JSON object")));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new ImportException(source, List.of(new ImportProblem(0, "", "",
                    "not valid JSON" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ImportException(source, List.of(new ImportProblem(0, "", "", "cannot read: " + e)));
        }
    }

    private static void checkFileKeys(JsonNode root, List<ImportProblem> problems) {
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!FILE_KEYS.contains(key)) {
                problems.add(new ImportProblem(0, "", key, "unknown top-level key; expected " + FILE_KEYS));
            }
        }
    }

    private List<ImportItem> readEvents(JsonNode events) {
        List<ImportItem> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String name = event.path("name").asText("");
            List<ImportProblem> problems = new ArrayList<>();
            int position = i + 1;
            ProblemSink sink = (field, message) -> problems.add(new ImportProblem(position, name, field, message));
            EventRecord record = null;
            if (event.isObject()) {
                checkName(name, names, sink);
                record = new EventRecord(name, fields.properties(event, sink), fields.links(event, sink));
            } else {
                sink.add("", "an event must be a JSON object");
            }
            items.add(new ImportItem(position, name, event.path(EventProperties.TITLE).asText(""),
                    problems.isEmpty() ? record : null, List.copyOf(problems)));
        }
        return items;
    }

    /**
     * Checks one event as the editor submits it, with the same rules as an import file.
     *
     * @param event the event's fields, keyed as in an import file, without {@code name}
     * @param name  the node name the event has or will have
     * @return the event, ready to write
     * @throws ImportException naming each field at fault
     */
    public EventRecord readOne(JsonNode event, String name) throws ImportException {
        List<ImportProblem> problems = new ArrayList<>();
        ProblemSink sink = (field, message) -> problems.add(new ImportProblem(0, name, field, message));
        Map<String, Object> properties = fields.properties(event, sink);
        EventRecord record = new EventRecord(name, properties, fields.links(event, sink));
        if (!problems.isEmpty()) {
            throw new ImportException(name, problems);
        }
        return record;
    }

    private static void checkName(String name, Set<String> names, ProblemSink sink) {
        if (name.isEmpty()) {
            sink.add("name", "required");
        } else if (!NAME.matcher(name).matches()) {
            sink.add("name", "must be lower-case letters, digits and hyphens, e.g. \"my-event-2017\"");
        } else if (!names.add(name)) {
            sink.add("name", "appears twice in the file");
        }
    }

    /** Receives the problems of the event being read. */
    @FunctionalInterface
    interface ProblemSink {
        void add(String field, String message);
    }
}
