package dev.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import dev.events.author.AuthorServlet;
import dev.events.cli.EventsRuntime;
import dev.events.cli.Folders;
import dev.events.config.SiteSettings;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.delivery.DeliveryServlet;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.site.DemoSite;
import dev.events.site.PublicSite;
import dev.events.site.SiteRequest;
import dev.events.site.SiteResponse;
import dev.events.site.WebResources;
import dev.events.site.WebServer;

/**
 * The one factory of test repositories: a runtime on a fresh data folder in a temporary directory (real
 * Jackrabbit author and public repositories), the project's light modules, a clock the test controls, and the
 * demo events page. Close it to shut the repositories down and delete the folder.
 */
public final class TestSite implements AutoCloseable {

    /** The seed page's "now": the fixture's {@code referenceNow}. */
    public static final OffsetDateTime REFERENCE_NOW = OffsetDateTime.parse("2017-09-15T12:00:00+02:00");
    public static final String SEED_FIXTURE = "/fixtures/icc-events-2017.json";

    private final Path data;
    private final MutableClock clock;
    private final EventsRuntime runtime;

    private TestSite(Path data, MutableClock clock, EventsRuntime runtime) {
        this.data = data;
        this.clock = clock;
        this.runtime = runtime;
    }

    /** Starts a runtime with the events page published and no events. */
    public static TestSite start() throws Exception {
        return start(Path.of("light-modules"));
    }

    /** Starts a runtime on other light modules (which must include {@code events}), with the events page. */
    public static TestSite start(Path lightModules) throws Exception {
        return start(lightModules, SiteSettings.DEFAULTS);
    }

    /** Starts a runtime with other site settings (base URL, feed window), with the events page. */
    public static TestSite start(SiteSettings settings) throws Exception {
        return start(Path.of("light-modules"), settings);
    }

    private static TestSite start(Path lightModules, SiteSettings settings) throws Exception {
        Path data = Files.createTempDirectory("events-test");
        MutableClock clock = new MutableClock(REFERENCE_NOW.toInstant());
        EventsRuntime runtime = EventsRuntime.start(data, lightModules, clock, settings);
        runtime.get(DemoSite.class).installPage();
        return new TestSite(data, clock, runtime);
    }

    /** Starts a runtime with the events page and the ten seed events, published. */
    public static TestSite withSeedEvents() throws Exception {
        TestSite site = start();
        site.importEvents(SEED_FIXTURE, true);
        return site;
    }

    /** Imports a test resource (JSON import format) and optionally publishes it. */
    public List<String> importEvents(String resource, boolean publish) throws Exception {
        try (InputStream in = TestSite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return runtime.get(ImportService.class).importEvents(in, resource, publish, "test");
        }
    }

    /** Sets properties of the events page's event-list component on author and republishes the page. */
    public void configureEventList(Map<String, Object> properties) throws Exception {
        configureComponent("/events/main/0", properties);
    }

    /**
     * Sets properties of a component on author and republishes its page, as the dialog's save and a publication
     * would.
     *
     * @param path       the component, e.g. {@code /teasers/main/0}
     * @param properties values by name; a list is stored multi-valued, anything else as a string
     */
    public void configureComponent(String path, Map<String, ?> properties) throws Exception {
        Session website = repositories().author().login(Workspaces.WEBSITE);
        try {
            Node component = website.getNode(path);
            for (Map.Entry<String, ?> p : properties.entrySet()) {
                if (component.hasProperty(p.getKey())) {
                    component.getProperty(p.getKey()).remove(); // a value may turn single- or multi-valued
                }
                if (p.getValue() instanceof List<?> values) {
                    component.setProperty(p.getKey(), values.stream().map(String::valueOf).toArray(String[]::new));
                } else {
                    component.setProperty(p.getKey(), String.valueOf(p.getValue()));
                }
            }
            website.save();
            Node page = component;
            while (!page.isNodeType(NodeTypes.PAGE)) {
                page = page.getParent();
            }
            runtime.get(Publisher.class).publish(Workspaces.WEBSITE, List.of(page.getIdentifier()), "test");
        } finally {
            website.logout();
        }
    }

    /**
     * Writes a declarative test page (Magnolia's YAML export shape, see {@link PageContent}) into the author
     * {@code website} workspace, replacing (and first unpublishing) a page of the same name, and publishes it with
     * its areas and components.
     *
     * @param resource the test resource, e.g. {@code /event-calendar/page.yaml}
     */
    public void installPage(String resource) throws Exception {
        Session website = repositories().author().login(Workspaces.WEBSITE);
        try {
            String name = PageContent.name(resource);
            if (website.getRootNode().hasNode(name)) {
                runtime.get(Publisher.class).unpublish(Workspaces.WEBSITE,
                        website.getRootNode().getNode(name).getIdentifier(), "test");
                website.refresh(false);
            }
            Node page = PageContent.write(website, resource);
            website.save();
            runtime.get(Publisher.class).publish(Workspaces.WEBSITE, List.of(page.getIdentifier()), "test");
        } finally {
            website.logout();
        }
    }

    /** @return what a visitor gets for a path with optional query */
    public SiteResponse get(String pathAndQuery) throws Exception {
        return runtime.get(PublicSite.class).handle(SiteRequest.parse(pathAndQuery));
    }

    /** Starts Jetty on a free port serving this site (see {@link WebServer#port()}); close it before the site. */
    public WebServer startWebServer() throws Exception {
        WebServer server = new WebServer(0, runtime.get(PublicSite.class), runtime.get(WebResources.class),
                runtime.get(AuthorServlet.class), runtime.get(DeliveryServlet.class));
        server.start();
        return server;
    }

    public Repositories repositories() throws Exception {
        return runtime.get(Repositories.class);
    }

    public EventsRuntime runtime() {
        return runtime;
    }

    public MutableClock clock() {
        return clock;
    }

    public Path data() {
        return data;
    }

    @Override
    public void close() {
        runtime.close();
        deleteRecursively(data);
    }

    /** Deletes a folder and everything in it. */
    public static void deleteRecursively(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
