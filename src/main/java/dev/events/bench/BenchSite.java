package dev.events.bench;

import java.time.Clock;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.ContentStamps;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.SortOrder;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.render.EventListProperties;

/** The page the benchmark measures: {@code /events} with one event-list, upcoming first, ten a page. */
final class BenchSite {

    static final String PAGE = "events";
    static final String TEMPLATE = "events:pages/events-page";
    private static final String USER = "bench";

    private BenchSite() {
    }

    /** Creates and publishes the page. */
    static void install(Repositories repositories, Publisher publisher, Clock clock) throws RepositoryException {
        ContentStamps stamps = new ContentStamps(clock);
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            Node page = stamps.created(website.getRootNode().addNode(PAGE, NodeTypes.PAGE), USER);
            page.setProperty(NodeTypes.TEMPLATE, TEMPLATE);
            page.setProperty("title", "Events");
            page.setProperty("title_fr", "Événements");
            Node area = stamps.created(page.addNode("main", NodeTypes.AREA), USER);
            Node list = stamps.created(area.addNode("0", NodeTypes.COMPONENT), USER);
            list.setProperty(NodeTypes.TEMPLATE, EventListProperties.TEMPLATE);
            list.setProperty(EventListProperties.SORT_ORDER, SortOrder.UPCOMING_FIRST.value());
            list.setProperty(EventListProperties.MAX_ITEMS, 10L);
            website.save();
            publisher.publish(Workspaces.WEBSITE, List.of(page.getIdentifier()), USER);
        } finally {
            website.logout();
        }
    }
}
