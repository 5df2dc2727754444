package dev.events.site;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.ContentStamps;
import dev.events.content.NodeTypes;
import dev.events.content.SortOrder;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.render.EventCalendarProperties;
import dev.events.render.EventFilterProperties;
import dev.events.render.EventListProperties;

/**
 * The demo's second page, {@code /explore}: a content page whose {@code main} area holds an event-filter, an
 * event-calendar and an event-list of every event, past ones included, so that the demo shows each component
 * an integrator can place.
 */
final class DemoExplorePage {

    static final String PATH = "/explore";
    private static final String TEMPLATE = "events:pages/content-page";

    private final ContentStamps stamps;
    private final Publisher publisher;
    private final String user;

    DemoExplorePage(ContentStamps stamps, Publisher publisher, String user) {
        this.stamps = stamps;
        this.publisher = publisher;
        this.user = user;
    }

    /** Creates and publishes the page when it is not there yet. */
    void install(Session website) throws RepositoryException {
        if (website.nodeExists(PATH)) {
            return;
        }
        Node page = stamps.created(website.getRootNode().addNode(PATH.substring(1), NodeTypes.PAGE), user);
        page.setProperty(NodeTypes.TEMPLATE, TEMPLATE);
        page.setProperty("title", "Explore events");
        page.setProperty("title_fr", "Explorer les événements");
        Node area = stamps.created(page.addNode("main", NodeTypes.AREA), user);
        component(area, "0", EventFilterProperties.TEMPLATE).setProperty(EventFilterProperties.INCLUDE_PAST, true);
        component(area, "00", EventCalendarProperties.TEMPLATE)
                .setProperty(EventCalendarProperties.TIME_ZONE, "Europe/Paris");
        Node list = component(area, "01", EventListProperties.TEMPLATE);
        list.setProperty(EventListProperties.SORT_ORDER, SortOrder.UPCOMING_FIRST.value());
        list.setProperty(EventListProperties.INCLUDE_PAST, true);
        list.setProperty(EventListProperties.MAX_ITEMS, 10L);
        website.save();
        publisher.publish(Workspaces.WEBSITE, List.of(page.getIdentifier()), user);
    }

    private Node component(Node area, String name, String template) throws RepositoryException {
        Node component = stamps.created(area.addNode(name, NodeTypes.COMPONENT), user);
        component.setProperty(NodeTypes.TEMPLATE, template);
        return component;
    }
}
