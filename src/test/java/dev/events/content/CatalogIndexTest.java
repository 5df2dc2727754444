package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The catalog's index answers listings by binary search and views; it must give exactly what sorting and
 * filtering every event gives, whatever the mix of multi-day, long and zoned events and the time asked.
 */
class CatalogIndexTest {

    private static final List<ZoneId> ZONES = Stream.of("UTC", "Europe/Paris", "Pacific/Kiritimati",
            "Pacific/Pago_Pago", "Asia/Tokyo").map(ZoneId::of).toList();
    private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

    @Test
    void everyOrderAtAnyTimeIsWhatSortingAllEventsGives() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            List<CatalogEntry> entries = entries(random, 1 + random.nextInt(300));
            CatalogIndex index = CatalogIndex.of(entries);
            for (int t = 0; t < 20; t++) {
                Instant now = BASE.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(random.nextInt(400 * 86_400));
                for (SortOrder order : SortOrder.values()) {
                    assertThat(index.ordered(order, now)).as("%s at %s", order, now).containsExactlyElementsOf(
                            naive(entries, order, now));
                }
            }
        }
    }

    @Test
    void theEventsOfSomeDaysAreThoseWithADayInThemInTheirOwnZone() {
        Random random = new Random(11);
        List<CatalogEntry> entries = entries(random, 500);
        CatalogIndex index = CatalogIndex.of(entries);
        for (int t = 0; t < 200; t++) {
            LocalDate from = BASE.plusDays(random.nextInt(400) - 20);
            LocalDate to = from.plusDays(random.nextInt(40));
            assertThat(index.touching(from, to)).as("%s to %s", from, to).containsExactlyElementsOf(
                    entries.stream().sorted(CatalogIndex.BY_START).filter(e -> e.touches(from, to)).toList());
        }
    }

    @Test
    void aFilteredIndexOrdersOnlyWhatPasses() {
        Random random = new Random(3);
        List<CatalogEntry> entries = entries(random, 400);
        CatalogIndex index = CatalogIndex.filtered(CatalogIndex.of(entries).byStart(),
                e -> e.categories().contains("b"));
        Instant now = BASE.plusDays(200).atStartOfDay(ZoneId.of("UTC")).toInstant();
        assertThat(index.ordered(SortOrder.UPCOMING_FIRST, now)).isNotEmpty().containsExactlyElementsOf(
                naive(entries.stream().filter(e -> e.categories().contains("b")).toList(),
                        SortOrder.UPCOMING_FIRST, now));
    }

    /** The listing as the catalog used to compute it: sort everything, filter everything. */
    private static List<CatalogEntry> naive(List<CatalogEntry> entries, SortOrder order, Instant now) {
        List<CatalogEntry> byStart = entries.stream().sorted(CatalogIndex.BY_START).toList();
        List<CatalogEntry> upcoming = byStart.stream().filter(e -> e.notEndedAt(now)).toList();
        List<CatalogEntry> past = byStart.stream().sorted(CatalogIndex.BY_START.reversed())
                .filter(e -> !e.notEndedAt(now)).toList();
        return switch (order) {
            case UPCOMING -> upcoming;
            case PAST -> past;
            case UPCOMING_FIRST -> Stream.concat(upcoming.stream(), past.stream()).toList();
            case PUBLISHED -> entries.stream().sorted(Comparator.comparing(CatalogEntry::published,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(CatalogIndex.BY_START)
                    .reversed()).toList();
        };
    }

    /** Events over a year: single days, a few days, some months long; equal starts; some never published. */
    private static List<CatalogEntry> entries(Random random, int count) {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            ZonedDateTime start = BASE.plusDays(random.nextInt(365)).atStartOfDay(zone)
                    .plusHours(random.nextInt(3) * 8L);
            int span = random.nextInt(10) < 7 ? 0 : random.nextInt(10) < 8 ? random.nextInt(5) : random.nextInt(120);
            LocalDate lastDay = start.toLocalDate().plusDays(span);
            Instant published = random.nextInt(5) == 0 ? null : start.toInstant().minusSeconds(random.nextInt(9_999));
            entries.add(new CatalogEntry("id" + i, "event-" + i, start.toInstant(),
                    lastDay.plusDays(1).atStartOfDay(zone).toInstant(), published,
                    List.of(String.valueOf((char) ('a' + random.nextInt(4)))), start.toLocalDate(), lastDay, "", "",
                    null));
        }
        return entries;
    }
}
