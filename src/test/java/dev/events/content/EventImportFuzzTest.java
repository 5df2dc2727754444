package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.Session;
import javax.jcr.Value;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.events.publish.ImportService;
import dev.events.testing.RepositoryFingerprint;
import dev.events.testing.TestSite;

/**
 * Coverage-guided fuzzing (Jazzer) of the import parser and the import, from the bytes of a file: the reader
 * throws nothing but {@link ImportException}; a refused file writes nothing at all (the author repository is the
 * same before and after, to the property); an accepted file's events are stored with exactly the values read
 * (round trip: file, reader, repository). Plain {@code mvn verify} replays the seed files in
 * {@code EventImportFuzzTestInputs} and fuzzes 300 inputs (surefire execution {@code fuzz-import});
 * {@code -Pfuzz-long} fuzzes for 10 minutes.
 */
class EventImportFuzzTest {

    private static TestSite site;
    private static EventImportReader reader;
    private static ImportService imports;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        reader = site.runtime().get(EventImportReader.class);
        imports = site.runtime().get(ImportService.class);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @FuzzTest(maxExecutions = 300)
    @DictionaryEntries({"{\"events\": [", "]}", "{", "}", "\"name\": ", "\"title\": ", "\"title_fr\": ",
        "\"startDate\": ", "\"endDate\": ", "\"timeZone\": ", "\"allDay\": ", "\"body\": ", "\"links\": [",
        "\"label\": ", "\"href\": ", "\"categories\": [", "\"latitude\": ", "\"longitude\": ", "\"price\": ",
        "\"priceCurrency\": ", "\"status\": ", "\"2017-10-05\"", "\"2017-10-05T13:00\"",
        "\"2017-10-05T13:00:00+02:00\"", "\"Europe/Paris\"", "\"EUR\"", "\"rescheduled\"", "true", "null", "1e999",
        "\"<script>\"", "\"javascript:x\"", ","})
    void aFileIsImportedWholeOrNotAtAll(byte[] file) throws Exception {
        List<EventRecord> records;
        try {
            records = reader.read(new ByteArrayInputStream(file), "fuzz.json");
        } catch (ImportException refused) {
            List<String> before = RepositoryFingerprint.content(site.repositories().author());
            try {
                imports.importEvents(new ByteArrayInputStream(file), "fuzz.json", false, "fuzz");
                throw new AssertionError("The import took a file the reader refused: " + refused.getMessage());
            } catch (ImportException again) {
                assertThat(RepositoryFingerprint.content(site.repositories().author())).isEqualTo(before);
            }
            return;
        }
        imports.importEvents(new ByteArrayInputStream(file), "fuzz.json", false, "fuzz");
        Session events = site.repositories().author().login(Workspaces.EVENTS);
        try {
            for (EventRecord record : records) {
                Node node = EventLookup.byName(events, record.name()).orElseThrow();
                for (Map.Entry<String, Object> value : record.properties().entrySet()) {
                    assertThat(stored(node.getProperty(value.getKey()))).as(record.name() + "/" + value.getKey())
                            .isEqualTo(comparable(value.getValue()));
                }
            }
        } finally {
            events.logout();
        }
    }

    private static Object stored(Property property) throws Exception {
        if (property.isMultiple()) {
            List<String> values = new java.util.ArrayList<>();
            for (Value v : property.getValues()) {
                values.add(v.getString());
            }
            return values;
        }
        return switch (property.getType()) {
            case javax.jcr.PropertyType.DATE -> property.getDate().toInstant();
            case javax.jcr.PropertyType.BOOLEAN -> property.getBoolean();
            case javax.jcr.PropertyType.DOUBLE -> property.getDouble();
            default -> property.getString();
        };
    }

    private static Object comparable(Object value) {
        return value instanceof Calendar calendar ? calendar.toInstant() : value;
    }
}
