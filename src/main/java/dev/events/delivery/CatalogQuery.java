package dev.events.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.definition.RestEndpointDefinition;

/**
 * Answers the commonest delivery query, events from or until a date by start ({@code startDate[gte]=2017-10-01&
 * orderBy=startDate asc}), from the public event catalog instead of the search index. Jackrabbit evaluates each
 * bound of a date range by reading every date term on its far side, so the query grew with the archive (3 ms at
 * 1,000 events, 10 ms at 100,000) where the catalog, which holds the published events by start, finds the bounds
 * by binary search. It answers only what it answers exactly as the repository would: the {@code mgnl:content}
 * nodes of the whole {@code events} workspace, filtered on {@code startDate} alone and ordered by it (ties by
 * name). A node the catalog names and the workspace no longer holds (an unpublication the catalog has not taken
 * in yet) sends the query to the repository.
 */
final class CatalogQuery {

    private static final Set<FilterOperator> BOUNDS = EnumSet.of(FilterOperator.GT, FilterOperator.GTE,
            FilterOperator.LT, FilterOperator.LTE, FilterOperator.IN);

    private CatalogQuery() {
    }

    /** @return whether the catalog answers this query of this endpoint as the repository would */
    static boolean answers(DeliveryEndpoint endpoint, DeliveryQuery query) {
        RestEndpointDefinition definition = endpoint.definition();
        return definition.workspace().equals(Workspaces.EVENTS)
                && definition.nodeTypes().equals(List.of(NodeTypes.CONTENT))
                && endpoint.workspacePath("").isEmpty() && query.ancestor() == null && query.words().isEmpty()
                && query.orderBy().size() == 1 && query.orderBy().get(0).property().equals(EventProperties.START_DATE)
                && !query.filters().isEmpty() && query.filters().stream().allMatch(CatalogQuery::isStartBound);
    }

    private static boolean isStartBound(DeliveryQuery.Filter filter) {
        return filter.property().equals(EventProperties.START_DATE) && filter.type() == PropertyType.DATE
                && BOUNDS.contains(filter.operator())
                && filter.values().stream().allMatch(OffsetDateTime.class::isInstance);
    }

    /**
     * @param query a query the catalog {@linkplain #answers answers}
     * @return the nodes of the requested page, in order; empty when the catalog names a node the session lacks
     */
    static Optional<List<Node>> run(Session session, EventCatalog catalog, DeliveryQuery query)
            throws RepositoryException {
        List<Node> nodes = new ArrayList<>();
        for (CatalogEntry entry : page(catalog.byStart(), query)) {
            try {
                nodes.add(session.getNodeByIdentifier(entry.id()));
            } catch (ItemNotFoundException unpublished) {
                return Optional.empty();
            }
        }
        return Optional.of(nodes);
    }

    /** @return the entries of the requested page among these, which are by start */
    static List<CatalogEntry> page(List<CatalogEntry> byStart, DeliveryQuery query) {
        int from = 0;
        int to = byStart.size();
        for (DeliveryQuery.Filter filter : query.filters()) {
            Instant first = ((OffsetDateTime) filter.values().get(0)).toInstant();
            Instant last = ((OffsetDateTime) filter.values().get(filter.values().size() - 1)).toInstant();
            switch (filter.operator()) {
                case GT -> from = Math.max(from, firstAfter(byStart, first, false));
                case GTE -> from = Math.max(from, firstAfter(byStart, first, true));
                case LT -> to = Math.min(to, firstAfter(byStart, first, true));
                case LTE -> to = Math.min(to, firstAfter(byStart, first, false));
                case IN -> {
                    from = Math.max(from, firstAfter(byStart, first, true));
                    to = Math.min(to, firstAfter(byStart, last, false));
                }
                default -> throw new IllegalArgumentException("not a bound: " + filter);
            }
        }
        int count = Math.max(0, to - from);
        int skip = (int) Math.min(count, query.offset());
        int size = (int) Math.min(count - skip, query.limit());
        boolean descending = query.orderBy().get(0).descending();
        List<CatalogEntry> page = new ArrayList<>(size);
        for (int i = skip; i < skip + size; i++) {
            page.add(byStart.get(descending ? to - 1 - i : from + i));
        }
        return page;
    }

    /**
     * @param inclusive whether an event starting at {@code time} counts as after it
     * @return the first index whose event starts after {@code time}; the size when none does
     */
    private static int firstAfter(List<CatalogEntry> byStart, Instant time, boolean inclusive) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            int comparison = byStart.get(middle).start().compareTo(time);
            if (comparison > 0 || (inclusive && comparison == 0)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
