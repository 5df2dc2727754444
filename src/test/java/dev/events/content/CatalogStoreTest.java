package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.events.cli.EventsRuntime;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.site.DemoSite;
import dev.events.testing.TestSite;

/**
 * The catalog follows publications without reading every event again, is kept in a file when the runtime closes,
 * and is read from it on the next start only while the file still describes the public events.
 */
class CatalogStoreTest {

    private static final Path LIGHT_MODULES = Path.of("light-modules");

    @TempDir
    Path data;

    @Test
    void aPublicationAndAnUnpublicationChangeALoadedCatalogInPlace() throws Exception {
        try (EventsRuntime runtime = start()) {
            List<String> ids = importSeed(runtime);
            EventCatalog catalog = runtime.get(EventCatalog.class);
            assertThat(names(catalog)).hasSize(10);
            runtime.get(Publisher.class).unpublish(Workspaces.EVENTS, ids.get(0), "test");
            assertThat(names(catalog)).hasSize(9).doesNotContain("experts-visit-to-hamamatsu");
            runtime.get(Publisher.class).publish(Workspaces.EVENTS, List.of(ids.get(0)), "test");
            assertThat(names(catalog)).hasSize(10).contains("experts-visit-to-hamamatsu");
        }
    }

    @Test
    void theListByStartStaysTheSameObjectUntilAPublicationChangesIt() throws Exception {
        try (EventsRuntime runtime = start()) {
            List<String> ids = importSeed(runtime);
            EventCatalog catalog = runtime.get(EventCatalog.class);
            List<CatalogEntry> before = catalog.byStart();
            assertThat(catalog.byStart()).as("what is derived from it is kept by its identity").isSameAs(before);
            runtime.get(Publisher.class).unpublish(Workspaces.EVENTS, ids.get(0), "test");
            assertThat(catalog.byStart()).isNotSameAs(before).hasSize(before.size() - 1);
        }
    }

    @Test
    void aRestartReadsTheFileTheRuntimeLeftAndIgnoresItOnceThePublicEventsChanged() throws Exception {
        List<String> ids;
        try (EventsRuntime runtime = start()) {
            ids = importSeed(runtime);
            names(runtime.get(EventCatalog.class));
        }
        Path file = data.resolve("public").resolve(ContentModule.CATALOG_FILE);
        assertThat(file).exists();
        markFile(file);
        try (EventsRuntime runtime = start()) {
            assertThat(names(runtime.get(EventCatalog.class))).as("read from the file").hasSize(10)
                    .contains("marked-in-the-file");
        }
        try (Repositories repositories = Repositories.open(data)) {
            Session published = repositories.published().login(Workspaces.EVENTS);
            published.getNodeByIdentifier(ids.get(1)).remove();
            published.save();
            published.logout();
        }
        try (EventsRuntime runtime = start()) {
            assertThat(names(runtime.get(EventCatalog.class))).as("an event removed while no runtime ran")
                    .hasSize(9).doesNotContain("study-visit-prevention-of-radicalisation");
        }
    }

    @Test
    void aRepublicationByARuntimeThatNeverLoadedTheCatalogMakesTheFileStale() throws Exception {
        try (EventsRuntime runtime = start()) {
            importSeed(runtime);
            names(runtime.get(EventCatalog.class));
        }
        try (EventsRuntime runtime = start()) {
            String moved = "{\"events\": [{\"name\": \"experts-visit-to-hamamatsu\", \"title\": \"Moved\", "
                    + "\"startDate\": \"2019-03-01\", \"timeZone\": \"Asia/Tokyo\"}]}";
            runtime.get(ImportService.class).importEvents(new java.io.ByteArrayInputStream(
                    moved.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "moved", true, "test");
        }
        try (EventsRuntime runtime = start()) {
            CatalogEntry entry = runtime.get(EventCatalog.class).byStart().stream()
                    .filter(e -> e.name().equals("experts-visit-to-hamamatsu")).findFirst().orElseThrow();
            assertThat(entry.firstDay()).isEqualTo(java.time.LocalDate.of(2019, 3, 1));
        }
    }

    @Test
    void aDamagedFileIsReadAsNoFile() throws Exception {
        try (EventsRuntime runtime = start()) {
            importSeed(runtime);
            names(runtime.get(EventCatalog.class));
        }
        Path file = data.resolve("public").resolve(ContentModule.CATALOG_FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (EventsRuntime runtime = start()) {
            assertThat(names(runtime.get(EventCatalog.class))).hasSize(10);
        }
    }

    /** Renames the first event in the file, keeping its fingerprint: what a start then lists comes from it. */
    private void markFile(Path file) throws Exception {
        try (Repositories repositories = Repositories.open(data)) {
            Session session = repositories.published().login(Workspaces.EVENTS);
            CatalogFile.Stored stored = CatalogFile.read(file, session).orElseThrow();
            session.logout();
            CatalogFingerprint fingerprint = stored.fingerprint();
            List<CatalogEntry> entries = new java.util.ArrayList<>(stored.entries());
            CatalogEntry e = entries.get(0);
            entries.set(0, new CatalogEntry(e.id(), "marked-in-the-file", e.start(), e.endsAt(), e.published(),
                    e.categories(), e.firstDay(), e.lastDay(), e.city(), e.country(), e.lastModified()));
            CatalogFile.write(file, entries, fingerprint);
        }
    }

    private EventsRuntime start() throws Exception {
        EventsRuntime runtime = EventsRuntime.start(data, LIGHT_MODULES, Clock.systemUTC());
        runtime.get(DemoSite.class).installPage();
        return runtime;
    }

    private static List<String> importSeed(EventsRuntime runtime) throws Exception {
        try (InputStream in = TestSite.class.getResourceAsStream(TestSite.SEED_FIXTURE)) {
            return runtime.get(ImportService.class).importEvents(in, "seed", true, "test");
        }
    }

    private static List<String> names(EventCatalog catalog) throws Exception {
        return catalog.byStart().stream().map(CatalogEntry::name).toList();
    }
}
