package dev.events.site;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import javax.jcr.RepositoryException;

import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;

/**
 * The instants at which a published event starts or ends ({@link CatalogEntry#start()},
 * {@link CatalogEntry#endsAt()}): the only instants at which an event turns from upcoming to ongoing to past
 * ({@link CatalogEntry#ongoingAt}, {@link CatalogEntry#notEndedAt}), so the only ones at which a listing, teaser,
 * calendar, filter or feed computed from the catalog changes without a publication. Sorted once per loaded catalog
 * (the catalog's list is the same object until a publication reloads it), then each question is a binary search.
 * Thread-safe.
 */
final class CatalogTransitions {

    private final EventCatalog catalog;
    private volatile Sorted sorted;

    /** @param source the catalog list the instants were taken from, compared by identity */
    private record Sorted(List<CatalogEntry> source, Instant[] instants) {
    }

    CatalogTransitions(EventCatalog catalog) {
        this.catalog = catalog;
    }

    /** @return the first start or end of a published event strictly after {@code now}; {@link Instant#MAX} if none */
    Instant nextAfter(Instant now) throws RepositoryException {
        Instant[] instants = instants();
        int found = Arrays.binarySearch(instants, now);
        int next = found >= 0 ? found + 1 : -found - 1;
        return next < instants.length ? instants[next] : Instant.MAX;
    }

    private Instant[] instants() throws RepositoryException {
        List<CatalogEntry> entries = catalog.byStart();
        Sorted current = sorted;
        if (current == null || current.source() != entries) {
            current = new Sorted(entries, entries.stream().flatMap(e -> Stream.of(e.start(), e.endsAt()))
                    .filter(Objects::nonNull).distinct().sorted().toArray(Instant[]::new));
            sorted = current;
        }
        return current.instants();
    }
}
