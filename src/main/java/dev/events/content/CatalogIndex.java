package dev.events.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Published events sorted by start, with the latest end among each prefix, so that a listing at any time is
 * found by binary search instead of a pass over every event: the events not over yet are those that start
 * later, plus the few ongoing ones among those whose prefix ends later (multi-day events); the order a listing
 * shows is a view joining these ranges, and a page is read from it directly. Immutable.
 */
final class CatalogIndex {

    static final Comparator<CatalogEntry> BY_START = Comparator.comparing(CatalogEntry::start)
            .thenComparing(CatalogEntry::name);
    private static final Comparator<CatalogEntry> BY_PUBLISHED = Comparator.comparing(CatalogEntry::published,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(BY_START).reversed();

    private final CatalogEntry[] byStart;
    /** One view for every caller: whoever derives data from it can tell by identity that it has not changed. */
    private final List<CatalogEntry> byStartView;
    /** {@code latestEnd[i]}: the latest {@code endsAt} of {@code byStart[0..i]}. */
    private final Instant[] latestEnd;
    private volatile List<CatalogEntry> byPublished;

    private CatalogIndex(CatalogEntry[] byStart) {
        this.byStart = byStart;
        this.byStartView = Views.of(byStart, 0, byStart.length);
        this.latestEnd = new Instant[byStart.length];
        Instant latest = Instant.MIN;
        for (int i = 0; i < byStart.length; i++) {
            latest = byStart[i].endsAt().isAfter(latest) ? byStart[i].endsAt() : latest;
            latestEnd[i] = latest;
        }
    }

    /** @param entries in any order */
    static CatalogIndex of(List<CatalogEntry> entries) {
        CatalogEntry[] sorted = entries.toArray(new CatalogEntry[0]);
        Arrays.sort(sorted, BY_START);
        return new CatalogIndex(sorted);
    }

    /** @param sorted already in {@link #BY_START} order */
    static CatalogIndex ofSorted(List<CatalogEntry> sorted) {
        return new CatalogIndex(sorted.toArray(new CatalogEntry[0]));
    }

    int size() {
        return byStart.length;
    }

    /** @return every event, by start: the same list while this index lives */
    List<CatalogEntry> byStart() {
        return byStartView;
    }

    /** @return the events in a listing's order at {@code now}; a view, read in constant time per item */
    List<CatalogEntry> ordered(SortOrder order, Instant now) {
        if (order == SortOrder.PUBLISHED) {
            return byPublished();
        }
        int later = firstStartingAfter(now);
        int mixed = firstEndingAfter(now);
        List<CatalogEntry> ongoing = new ArrayList<>();
        List<CatalogEntry> ended = new ArrayList<>();
        for (int i = mixed; i < later; i++) {
            (byStart[i].notEndedAt(now) ? ongoing : ended).add(byStart[i]);
        }
        List<CatalogEntry> upcoming = Views.concat(Collections.unmodifiableList(ongoing),
                Views.of(byStart, later, byStart.length));
        List<CatalogEntry> past = Views.concat(Views.reversed(ended), Views.reversed(Views.of(byStart, 0, mixed)));
        return switch (order) {
            case UPCOMING -> upcoming;
            case PAST -> past;
            default -> Views.concat(upcoming, past);
        };
    }

    /** @return the events with a day (in their own zone) from {@code from} to {@code to}, by start */
    List<CatalogEntry> touching(LocalDate from, LocalDate to) {
        // no zone is more than a day away from UTC: the instants bound the candidates, the days decide
        int first = firstEndingAfter(from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        int last = firstStartingAfter(to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<CatalogEntry> touching = new ArrayList<>();
        for (int i = first; i < last; i++) {
            if (byStart[i].touches(from, to)) {
                touching.add(byStart[i]);
            }
        }
        return Collections.unmodifiableList(touching);
    }

    /** @return an index of the events that pass {@code test}, among {@code candidates} (by start) */
    static CatalogIndex filtered(List<CatalogEntry> candidates, Predicate<CatalogEntry> test) {
        List<CatalogEntry> kept = new ArrayList<>();
        for (CatalogEntry entry : candidates) {
            if (test.test(entry)) {
                kept.add(entry);
            }
        }
        return ofSorted(kept);
    }

    private List<CatalogEntry> byPublished() {
        List<CatalogEntry> sorted = byPublished;
        if (sorted == null) {
            CatalogEntry[] entries = byStart.clone();
            Arrays.sort(entries, BY_PUBLISHED);
            sorted = Views.of(entries, 0, entries.length);
            byPublished = sorted;
        }
        return sorted;
    }

    /**
     * @param from        the earliest start, or null for none
     * @param fromIncluded whether an event starting at {@code from} is in
     * @param to          the latest start, or null for none
     * @param toIncluded  whether an event starting at {@code to} is in
     * @return the events starting between the two, by start; a view
     */
    List<CatalogEntry> startingBetween(Instant from, boolean fromIncluded, Instant to, boolean toIncluded) {
        int first = from == null ? 0 : firstStarting(from, fromIncluded);
        int end = to == null ? byStart.length : firstStarting(to, !toIncluded);
        return first < end ? Views.of(byStart, first, end) : List.of();
    }

    /** @return the first index whose event starts after {@code time}; the size when none does */
    private int firstStartingAfter(Instant time) {
        return firstStarting(time, false);
    }

    /** @return the first index whose event starts after {@code time}, or at it when included; else the size */
    private int firstStarting(Instant time, boolean atTimeIncluded) {
        int low = 0;
        int high = byStart.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int comparison = byStart[middle].start().compareTo(time);
            if (comparison > 0 || (atTimeIncluded && comparison == 0)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** @return the first index from which some event ends after {@code time}: all before it have ended */
    private int firstEndingAfter(Instant time) {
        int low = 0;
        int high = latestEnd.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (latestEnd[middle].isAfter(time)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
