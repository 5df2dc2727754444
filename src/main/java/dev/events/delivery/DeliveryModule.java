package dev.events.delivery;

import java.time.Clock;

import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.config.SiteSettings;
import dev.events.content.AssetStore;
import dev.events.content.EventCatalog;
import dev.events.content.Repositories;
import dev.events.definition.DefinitionRegistry;
import dev.events.publish.Publisher;

/** Binds the delivery API: the light modules' delivery endpoints, served at {@code /.rest/*}. */
public final class DeliveryModule extends AbstractModule {

    @Provides
    @Singleton
    DeliveryServlet servlet(DefinitionRegistry definitions, Repositories repositories, AssetStore assets,
            Publisher publisher, SiteSettings settings, Clock clock, EventCatalog catalog) {
        DeliveryChanges changes = new DeliveryChanges(clock);
        publisher.addListener((workspace, ids) -> changes.changed());
        DeliveryApi api = new DeliveryApi(EndpointReader.read(definitions), repositories, assets, changes, catalog);
        return new DeliveryServlet(api, new CorsPolicy(settings.corsOrigins()));
    }
}
