package dev.events.content;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** Reads one event at a time; {@link ImportJson} checks what follows the file's object itself. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
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
        List<ImportItem> items = new ArrayList<>();
        scan(in, source, items::add);
        return items;
    }

    /**
     * Checks the events of a file one at a time, as they are read, so that a file of any size needs the memory
     * of one event: each goes to {@code sink}, valid or with its problems.
     *
     * @throws ImportException when the file as a whole is unusable; the events read before were handed on
     * @throws E               what the sink throws, which stops the reading
     */
    public <E extends Exception> void scan(InputStream in, String source, ItemSink<E> sink) throws ImportException, E {
        Set<String> names = new HashSet<>();
        ImportJson.read(json, in, source, (position, event) -> sink.accept(item(position, event, names)));
    }

    private ImportItem item(int position, JsonNode event, Set<String> names) {
        String name = event.path("name").asText("");
        List<ImportProblem> problems = new ArrayList<>();
        ProblemSink sink = (field, message) -> problems.add(new ImportProblem(position, name, field, message));
        EventRecord record = null;
        if (event.isObject()) {
            checkName(name, names, sink);
            record = new EventRecord(name, fields.properties(event, sink), fields.links(event, sink));
        } else {
            sink.add("", "an event must be a JSON object");
        }
        return new ImportItem(position, name, event.path(EventProperties.TITLE).asText(""),
                problems.isEmpty() ? record : null, List.copyOf(problems));
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

    /** Receives each event of a file, checked. */
    @FunctionalInterface
    public interface ItemSink<E extends Exception> {
        void accept(ImportItem item) throws E;
    }

    /** Receives the problems of the event being read. */
    @FunctionalInterface
    interface ProblemSink {
        void add(String field, String message);
    }
}
