package dev.events.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.content.EventImportReader;
import dev.events.content.ImportItem;
import dev.events.publish.ImportService;
import dev.events.testing.TestSite;

/** The benchmark's events: the same for a seed, in the promised proportions, and accepted by the importer. */
class EventGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);
    private static final int COUNT = 5_000;
    private static final List<Map<String, Object>> EVENTS = generate(new EventGenerator(42, TODAY), COUNT);

    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void theSameSeedAndDayGiveTheSameFileAndAnotherSeedAnother() throws Exception {
        assertThat(json(new EventGenerator(42, TODAY), 300)).isEqualTo(json(new EventGenerator(42, TODAY), 300));
        assertThat(json(new EventGenerator(43, TODAY), 300)).isNotEqualTo(json(new EventGenerator(42, TODAY), 300));
        assertThat(new EventGenerator(42, TODAY).event(1234)).isEqualTo(EVENTS.get(1234));
    }

    @Test
    void aTenthIsMultiDayAndThirtyPercentAreTimedTheRestSingleDays() {
        assertThat(share(e -> e.containsKey("endDate") && isDate(e.get("endDate")))).isCloseTo(0.10, within(0.015));
        assertThat(share(e -> !isDate(e.get("startDate")))).isCloseTo(0.30, within(0.02));
        assertThat(share(e -> isDate(e.get("startDate")) && !e.containsKey("endDate"))).isCloseTo(0.60, within(0.02));
    }

    @Test
    void startsSpreadOverTwentyYearsAroundToday() {
        List<LocalDate> days = EVENTS.stream().map(e -> LocalDate.parse(e.get("startDate").toString().substring(0, 10)))
                .sorted().toList();
        assertThat(days.get(0)).isBetween(TODAY.minusYears(10).minusDays(3), TODAY.minusYears(9));
        assertThat(days.get(days.size() - 1)).isBetween(TODAY.plusYears(9), TODAY.plusYears(10).plusDays(3));
        assertThat(share(e -> e.get("startDate").toString().compareTo(TODAY.toString()) >= 0))
                .isCloseTo(0.5, within(0.03));
    }

    @Test
    void thirtyCategoriesFiveHundredPlacesWithCoordinatesAndTimedEventsInManyZones() {
        assertThat(EVENTS.stream().flatMap(e -> ((List<?>) e.get("categories")).stream()).distinct()).hasSize(30);
        assertThat(EVENTS.stream().map(e -> e.get("city") + "/" + e.get("country")).distinct().count())
                .isBetween(450L, 500L);
        assertThat(share(e -> e.get("latitude") instanceof Double && e.get("longitude") instanceof Double))
                .isEqualTo(1.0);
        assertThat(EVENTS.stream().filter(e -> !isDate(e.get("startDate"))).map(e -> e.get("timeZone")).distinct())
                .contains("Europe/Paris", "America/New_York", "Asia/Tokyo", "Australia/Sydney").hasSizeGreaterThan(20);
    }

    @Test
    void everyEventHasEnglishAndFrenchTitlesAndTeasersAndAQuarterABody() {
        assertThat(share(e -> e.containsKey("title") && e.containsKey("title_fr") && e.containsKey("teaser")
                && e.containsKey("teaser_fr"))).isEqualTo(1.0);
        assertThat(share(e -> e.containsKey("body"))).isCloseTo(0.25, within(0.02));
        assertThat(EVENTS.stream().map(e -> e.get("name")).distinct()).hasSize(COUNT);
    }

    @Test
    void theImporterAcceptsEveryGeneratedEvent() throws Exception {
        byte[] file = json(new EventGenerator(7, LocalDate.now()), 2_000);
        List<ImportItem> items = site.runtime().get(EventImportReader.class)
                .check(new ByteArrayInputStream(file), "generated.json");
        assertThat(items).hasSize(2_000).allSatisfy(i -> assertThat(i.problems()).isEmpty());
        List<String> ids = site.runtime().get(ImportService.class)
                .importEvents(new ByteArrayInputStream(json(new EventGenerator(7, LocalDate.now()), 50)),
                        "generated.json", true, "test");
        assertThat(ids).hasSize(50);
        assertThat(site.get("/events").status()).isEqualTo(200);
    }

    private static double share(Predicate<Map<String, Object>> test) {
        return EVENTS.stream().filter(test).count() / (double) EVENTS.size();
    }

    private static boolean isDate(Object value) {
        return value.toString().length() == 10;
    }

    private static List<Map<String, Object>> generate(EventGenerator generator, int count) {
        return IntStream.range(0, count).mapToObj(generator::event).toList();
    }

    private static byte[] json(EventGenerator generator, int count) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(out, count);
        return out.toByteArray();
    }
}
