package dev.events.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's events at one moment: every event indexed by start, and the events of each category, indexed on
 * first use. Immutable but for those indexes; a publication makes a new snapshot from the previous one.
 *
 * @param all           every event
 * @param categories    every category an event has
 * @param byCategory    the indexes of the categories asked so far
 * @param lastPublished the latest publication among the events, or null
 * @param stored        whether the catalog file holds exactly these events
 */
record CatalogSnapshot(CatalogIndex all, Set<String> categories, Map<String, CatalogIndex> byCategory,
        Instant lastPublished, boolean stored) {

    static CatalogSnapshot of(List<CatalogEntry> entries, Instant lastPublished, boolean stored) {
        return of(CatalogIndex.of(entries), lastPublished, stored);
    }

    private static CatalogSnapshot of(CatalogIndex all, Instant lastPublished, boolean stored) {
        Set<String> categories = new HashSet<>();
        all.byStart().forEach(e -> categories.addAll(e.categories()));
        return new CatalogSnapshot(all, Set.copyOf(categories), new ConcurrentHashMap<>(), lastPublished, stored);
    }

    /** @return the index of the events with this category; an unknown category's is empty and not kept */
    CatalogIndex category(String category) {
        if (!categories.contains(category)) {
            return CatalogIndex.ofSorted(List.of());
        }
        return byCategory.computeIfAbsent(category, c -> CatalogIndex.filtered(all.byStart(),
                e -> e.categories().contains(c)));
    }

    /**
     * @param ids     the events a publication changed
     * @param changed those of them that are public now, as they are now
     * @return this snapshot with the changed events replaced, the others kept in place
     */
    CatalogSnapshot with(List<String> ids, CatalogLoader.Loaded changed) {
        Set<String> touched = new HashSet<>(ids);
        List<CatalogEntry> kept = all.byStart().stream().filter(e -> !touched.contains(e.id())).toList();
        List<CatalogEntry> added = changed.entries().stream().sorted(CatalogIndex.BY_START).toList();
        List<CatalogEntry> merged = new ArrayList<>(kept.size() + added.size());
        int k = 0;
        for (CatalogEntry entry : added) {
            while (k < kept.size() && CatalogIndex.BY_START.compare(kept.get(k), entry) < 0) {
                merged.add(kept.get(k++));
            }
            merged.add(entry);
        }
        merged.addAll(kept.subList(k, kept.size()));
        return of(CatalogIndex.ofSorted(merged), CatalogFingerprint.later(lastPublished, changed.lastPublished()),
                false);
    }

    /** @return the same events, marked as held by the catalog file */
    CatalogSnapshot asStored() {
        return new CatalogSnapshot(all, categories, byCategory, lastPublished, true);
    }
}
