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
        Bound from = null;
        Bound to = null;
        for (DeliveryQuery.Filter filter : query.filters()) {
            Instant first = ((OffsetDateTime) filter.values().get(0)).toInstant();
            Instant last = ((OffsetDateTime) filter.values().get(filter.values().size() - 1)).toInstant();
            switch (filter.operator()) {
                case GT -> from = Bound.later(from, new Bound(first, false));
                case GTE -> from = Bound.later(from, new Bound(first, true));
                case LT -> to = Bound.earlier(to, new Bound(first, false));
                case LTE -> to = Bound.earlier(to, new Bound(first, true));
                case IN -> {
                    from = Bound.later(from, new Bound(first, true));
                    to = Bound.earlier(to, new Bound(last, true));
                }
                default -> throw new IllegalArgumentException("not a bound: " + filter);
            }
        }
        List<CatalogEntry> matching = catalog.startingBetween(from == null ? null : from.time(),
                from == null || from.included(), to == null ? null : to.time(), to == null || to.included());
        List<Node> nodes = new ArrayList<>();
        for (CatalogEntry entry : page(matching, query)) {
            try {
                nodes.add(session.getNodeByIdentifier(entry.id()));
            } catch (ItemNotFoundException unpublished) {
                return Optional.empty();
            }
        }
        return Optional.of(nodes);
    }

    /**
     * One end of the range of starts a query keeps.
     *
     * @param included whether an event starting at {@code time} is kept
     */
    private record Bound(Instant time, boolean included) {

        /** @return the narrower of two lower bounds; {@code current} may be null */
        static Bound later(Bound current, Bound next) {
            if (current == null) {
                return next;
            }
            int comparison = next.time.compareTo(current.time);
            return comparison > 0 || (comparison == 0 && !next.included) ? next : current;
        }

        /** @return the narrower of two upper bounds; {@code current} may be null */
        static Bound earlier(Bound current, Bound next) {
            if (current == null) {
                return next;
            }
            int comparison = next.time.compareTo(current.time);
            return comparison < 0 || (comparison == 0 && !next.included) ? next : current;
        }
    }

    /** @return the requested page of the matching entries, which are by start */
    private static List<CatalogEntry> page(List<CatalogEntry> matching, DeliveryQuery query) {
        int skip = (int) Math.min(matching.size(), query.offset());
        int size = (int) Math.min(matching.size() - skip, query.limit());
        boolean descending = query.orderBy().get(0).descending();
        List<CatalogEntry> page = new ArrayList<>(size);
        for (int i = skip; i < skip + size; i++) {
            page.add(matching.get(descending ? matching.size() - 1 - i : i));
        }
        return page;
    }
}
