package dev.events.content;

import java.nio.file.Path;
import java.time.Clock;

import javax.inject.Named;
import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.definition.DefinitionRegistry;

/**
 * Binds the repositories of the data folder, the public event catalog, the import reader, the asset store and
 * event history.
 */
public final class ContentModule extends AbstractModule {

    /** The id of the Event content type in the light module. */
    public static final String EVENT_TYPE = "events:event";
    /** The public events kept between runs, next to the public repository ({@link EventCatalog#store}). */
    static final String CATALOG_FILE = "events-catalog.bin";

    private final Topology topology;

    /** The repositories of one process on its own: both on disk in the data folder. */
    public ContentModule() {
        this(Topology.EMBEDDED);
    }

    /** @param topology which repositories this process opens, and where the public one lives */
    public ContentModule(Topology topology) {
        this.topology = topology;
    }

    @Provides
    @Singleton
    Repositories repositories(@Named("data") Path data) throws javax.jcr.RepositoryException {
        return Repositories.open(data, topology);
    }

    @Provides
    @Singleton
    EventCatalog catalog(Repositories repositories) {
        return new EventCatalog(() -> repositories.published().loginReadOnly(Workspaces.EVENTS),
                repositories.published().home().resolve(CATALOG_FILE));
    }

    @Provides
    EventWriter writer(Clock clock) {
        return new EventWriter(clock);
    }

    /** One instance, as it serialises the naming of new assets. */
    @Provides
    @Singleton
    AssetStore assets(Repositories repositories, Clock clock) {
        return new AssetStore(repositories, clock);
    }

    @Provides
    EventHistory history(Repositories repositories, Clock clock) {
        return new EventHistory(repositories, clock);
    }

    @Provides
    EventImportReader reader(DefinitionRegistry definitions) {
        return new EventImportReader(definitions.contentType(EVENT_TYPE).orElseThrow(() ->
                new IllegalStateException("The light modules define no content type " + EVENT_TYPE)));
    }
}
