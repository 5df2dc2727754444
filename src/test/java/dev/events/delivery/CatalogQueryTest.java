package dev.events.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.content.EventCatalog;
import dev.events.content.EventLookup;
import dev.events.content.EventProperties;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.publish.ImportService;
import dev.events.testing.GeneratedEvents;
import dev.events.testing.TestSite;

/**
 * The delivery queries the event catalog answers give what the search index gives: the same events in the same
 * order of start, page by page, for every bound and direction; the others stay with the index.
 */
class CatalogQueryTest {

    private static TestSite site;
    private static DeliveryEndpoint endpoint;
    private static EventCatalog catalog;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withSeedEvents();
        site.runtime().get(ImportService.class).importEvents(new ByteArrayInputStream(GeneratedEvents.json(80, 7)), "generated.json",
                true, "test");
        endpoint = EndpointReader.read(site.runtime().get(DefinitionRegistry.class)).stream()
                .filter(e -> e.definition().workspace().equals(Workspaces.EVENTS)).findFirst().orElseThrow();
        catalog = site.runtime().get(EventCatalog.class);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void everyBoundAndDirectionGivesTheIndexsEventsInTheIndexsOrder() throws Exception {
        List<String> bounds = List.of("startDate[gte]=2019-03-01", "startDate[gt]=2019-03-01T10:00:00Z",
                "startDate[lt]=2019-06-15", "startDate[lte]=2019-03-01T09:00:00%2B01:00",
                "startDate[in]=2019-02-01~2019-04-30", "startDate[gte]=2019-02-01&startDate[lt]=2019-05-01",
                "startDate[gte]=2030-01-01", "startDate[gte]=2017-10-18", "startDate[gt]=2019-03-01",
                "startDate[lt]=2019-03-01T08:00:00Z", "startDate[in]=2019-03-01~2019-03-01T08:00:00Z");
        Session session = site.repositories().published().loginReadOnly(Workspaces.EVENTS);
        try {
            for (String bound : bounds) {
                for (String order : List.of("asc", "desc")) {
                    for (String page : List.of("limit=100", "limit=7", "limit=7&offset=7", "limit=5&offset=200")) {
                        DeliveryQuery query = parse(bound + "&orderBy=startDate%20" + order + "&" + page);
                        assertThat(CatalogQuery.answers(endpoint, query)).as(bound).isTrue();
                        List<Node> fromCatalog = QueryExecutor.run(session, endpoint, query, catalog);
                        List<Node> fromIndex = QueryExecutor.xpath(session, endpoint, query);
                        assertThat(starts(fromCatalog)).as(bound + " " + order + " " + page)
                                .isEqualTo(starts(fromIndex));
                        if (fromIndex.size() < query.limit()) {
                            // the whole result: the same events, whatever the order of those starting together
                            assertThat(ids(fromCatalog)).as(bound + " " + order).hasSameElementsAs(ids(fromIndex));
                        }
                    }
                }
            }
        } finally {
            session.logout();
        }
    }

    @Test
    void queriesOnOtherPropertiesOrderingsOrScopesStayWithTheIndex() throws Exception {
        for (String other : List.of("startDate[gte]=2019-03-01", "startDate[gte]=2019-03-01&orderBy=endDate",
                "startDate[gte]=2019-03-01&orderBy=startDate,title", "orderBy=startDate",
                "startDate[ne]=2019-03-01T00:00:00Z&orderBy=startDate", "city=Paris&orderBy=startDate",
                "startDate[gte]=2019-03-01&city=Paris&orderBy=startDate",
                "startDate[gte]=2019-03-01&q=tour&orderBy=startDate",
                "startDate[gte]=2019-03-01&@ancestor=/2019&orderBy=startDate",
                "startDate[not-in]=2019-02-01~2019-04-30&orderBy=startDate")) {
            assertThat(CatalogQuery.answers(endpoint, parse(other))).as(other).isFalse();
        }
    }

    @Test
    void anEventTheCatalogStillHoldsButPublicLostSendsTheQueryToTheIndex() throws Exception {
        DeliveryQuery query = parse("startDate[gte]=2017-01-01&orderBy=startDate%20asc&limit=100");
        Session published = site.repositories().published().login(Workspaces.EVENTS);
        try {
            // removed behind the publisher's back: the catalog is not told
            Node gone = EventLookup.byName(published, "experts-visit-to-hamamatsu").orElseThrow();
            String id = gone.getIdentifier();
            gone.remove();
            published.save();
            assertThat(catalog.byStart()).anyMatch(e -> e.id().equals(id));
            List<Node> nodes = QueryExecutor.run(published, endpoint, query, catalog);
            assertThat(ids(nodes)).doesNotContain(id).hasSameElementsAs(ids(QueryExecutor.xpath(published,
                    endpoint, query)));
        } finally {
            published.logout();
        }
    }

    private static DeliveryQuery parse(String query) {
        return new QueryParser(endpoint).parse(QueryParameters.parse(query));
    }

    private static List<Long> starts(List<Node> nodes) throws RepositoryException {
        List<Long> starts = new ArrayList<>();
        for (Node node : nodes) {
            starts.add(node.getProperty(EventProperties.START_DATE).getDate().getTimeInMillis());
        }
        return starts;
    }

    private static List<String> ids(List<Node> nodes) throws RepositoryException {
        List<String> ids = new ArrayList<>();
        for (Node node : nodes) {
            ids.add(node.getIdentifier());
        }
        return ids;
    }
}
