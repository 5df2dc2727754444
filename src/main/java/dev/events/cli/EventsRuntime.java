package dev.events.cli;

import java.nio.file.Path;
import java.time.Clock;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.name.Names;

import dev.events.author.AuthorModule;
import dev.events.config.SiteSettings;
import dev.events.content.ContentModule;
import dev.events.content.EventCatalog;
import dev.events.content.Repositories;
import dev.events.definition.DefinitionModule;
import dev.events.definition.DefinitionRegistry;
import dev.events.delivery.DeliveryModule;
import dev.events.content.Topology;
import dev.events.publish.ExternalChanges;
import dev.events.publish.PublishModule;
import dev.events.publish.Publisher;
import dev.events.render.RenderModule;
import dev.events.security.SecurityModule;
import dev.events.site.SiteModule;

/**
 * The embedded CMS of one data folder and one light-modules folder. Definitions load first, so a broken
 * definition stops the start before any repository opens. Close it to shut the repositories down cleanly.
 */
public final class EventsRuntime implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EventsRuntime.class);

    private final Injector injector;
    private Repositories repositories;
    private ExternalChanges externalChanges;

    private EventsRuntime(Injector injector) {
        this.injector = injector;
    }

    /**
     * @param data         the data folder ({@code author/} and {@code public/} below it)
     * @param lightModules the light-modules folder
     * @param clock        the time of the runtime
     * @throws Exception the cause of a failed start: definition errors, a repository in use, ...
     */
    public static EventsRuntime start(Path data, Path lightModules, Clock clock) throws Exception {
        return start(data, lightModules, clock, SiteSettings.DEFAULTS);
    }

    /**
     * @param settings the public address of the site and the delivery settings
     * @see #start(Path, Path, Clock)
     */
    public static EventsRuntime start(Path data, Path lightModules, Clock clock, SiteSettings settings)
            throws Exception {
        return start(data, lightModules, clock, settings, Topology.EMBEDDED);
    }

    /**
     * @param topology which repositories this process opens; with a clustered public repository, the changes other
     *                 nodes publish reach this process's caches ({@link ExternalChanges})
     * @see #start(Path, Path, Clock, SiteSettings)
     */
    public static EventsRuntime start(Path data, Path lightModules, Clock clock, SiteSettings settings,
            Topology topology) throws Exception {
        Injector injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(Path.class).annotatedWith(Names.named("data")).toInstance(data);
                bind(Path.class).annotatedWith(Names.named("lightModules")).toInstance(lightModules);
                bind(Clock.class).toInstance(clock);
                bind(SiteSettings.class).toInstance(settings);
            }
        }, new DefinitionModule(), new ContentModule(topology), new PublishModule(), new RenderModule(),
                new SiteModule(), new SecurityModule(), new AuthorModule(), new DeliveryModule());
        EventsRuntime runtime = new EventsRuntime(injector);
        runtime.get(DefinitionRegistry.class).warnings().forEach(w -> log.warn("{}", w));
        runtime.repositories = runtime.get(Repositories.class);
        if (topology.cluster() != null) {
            runtime.listenToTheCluster();
        }
        return runtime;
    }

    private void listenToTheCluster() throws Exception {
        try {
            externalChanges = ExternalChanges.listen(repositories.published(), get(Publisher.class));
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** @return the instance of a bound type; a failure to create it is thrown as its cause */
    public <T> T get(Class<T> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ProvisionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception exception ? exception : e;
        }
    }

    /** Keeps the event catalog for the next start and shuts the repositories down; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (externalChanges != null) {
            externalChanges.close();
            externalChanges = null;
        }
        if (repositories != null) {
            injector.getInstance(EventCatalog.class).store();
            repositories.close();
            repositories = null;
        }
    }
}
