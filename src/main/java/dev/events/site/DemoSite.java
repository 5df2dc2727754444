package dev.events.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.events.content.ContentStamps;
import dev.events.content.ImportException;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.SortOrder;
import dev.events.content.Workspaces;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.render.EventListProperties;

/**
 * The demo: the page {@code /events} holding one event-list (newest published first, ten a page), the page
 * {@code /explore} with a filter, a calendar and a list ({@link DemoExplorePage}), and the ten events of the seed
 * page, created and published when they are not there yet.
 */
public final class DemoSite {

    static final String FIXTURE = "/demo/icc-events-2017.json";
    private static final String USER = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSite.class);

    private final Repositories repositories;
    private final ImportService imports;
    private final Publisher publisher;
    private final ContentStamps stamps;

    public DemoSite(Repositories repositories, ImportService imports, Publisher publisher, ContentStamps stamps) {
        this.repositories = repositories;
        this.imports = imports;
        this.publisher = publisher;
        this.stamps = stamps;
    }

    /** Adds what is missing of the demo; leaves what exists alone. */
    public void install() throws RepositoryException, IOException, ImportException {
        installPage();
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            new DemoExplorePage(stamps, publisher, USER).install(website);
        } finally {
            website.logout();
        }
        if (!hasEvents()) {
            try (InputStream fixture = DemoSite.class.getResourceAsStream(FIXTURE)) {
                int count = imports.importEvents(fixture, FIXTURE, true, USER).size();
                log.info("Demo: imported and published {} events", count);
            }
        }
    }

    /** Creates and publishes the events page when it is not there yet: newest published first. */
    public void installPage() throws RepositoryException {
        installPage(SortOrder.PUBLISHED);
    }

    /**
     * Creates and publishes the events page when it is not there yet, its event-list in this order (the benchmark
     * measures upcoming first).
     */
    public void installPage(SortOrder order) throws RepositoryException {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            if (!website.nodeExists(PublicSite.EVENTS_PAGE)) {
                String id = createEventsPage(website, order).getIdentifier();
                website.save();
                publisher.publish(Workspaces.WEBSITE, List.of(id), USER);
                log.info("Demo: created and published the page {}", PublicSite.EVENTS_PAGE);
            }
        } finally {
            website.logout();
        }
    }

    private Node createEventsPage(Session website, SortOrder order) throws RepositoryException {
        Node page = stamps.created(website.getRootNode().addNode(PublicSite.EVENTS_PAGE.substring(1), NodeTypes.PAGE),
                USER);
        page.setProperty(NodeTypes.TEMPLATE, PublicSite.EVENTS_PAGE_TEMPLATE);
        page.setProperty("title", "Events");
        page.setProperty("title_fr", "Événements");
        Node area = stamps.created(page.addNode("main", NodeTypes.AREA), USER);
        Node component = stamps.created(area.addNode("0", NodeTypes.COMPONENT), USER);
        component.setProperty(NodeTypes.TEMPLATE, EventListProperties.TEMPLATE);
        component.setProperty(EventListProperties.SORT_ORDER, order.value());
        component.setProperty(EventListProperties.MAX_ITEMS, 10L);
        return page;
    }

    private boolean hasEvents() throws RepositoryException {
        Session events = repositories.author().login(Workspaces.EVENTS);
        try {
            for (javax.jcr.NodeIterator it = events.getRootNode().getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                if (node.isNodeType(NodeTypes.FOLDER) || node.isNodeType(NodeTypes.CONTENT)) {
                    return true;
                }
            }
            return false;
        } finally {
            events.logout();
        }
    }
}
