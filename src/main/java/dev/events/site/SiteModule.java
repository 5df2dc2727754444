package dev.events.site;

import java.nio.file.Path;
import java.time.Clock;

import javax.inject.Named;
import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.config.SiteSettings;
import dev.events.content.AssetStore;
import dev.events.content.ContentStamps;
import dev.events.content.EventCatalog;
import dev.events.content.Repositories;
import dev.events.definition.DefinitionRegistry;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.render.Messages;
import dev.events.render.PageRenderer;

/** Binds the public site with its page cache, its web resources and the demo. */
public final class SiteModule extends AbstractModule {

    @Provides
    @Singleton
    PublicSite site(Repositories repositories, DefinitionRegistry definitions, PageRenderer renderer,
            EventCatalog catalog, AssetStore assets, Clock clock, SiteSettings settings, Publisher publisher,
            Messages messages) {
        PageCache cache = new PageCache(clock, catalog,
                settings.pageCache() ? PageCache.Limits.DEFAULT : PageCache.Limits.OFF);
        // after the catalog's own listener (PublishModule): a render that starts after this reads the new catalog
        publisher.addListener((workspace, ids) -> cache.invalidate());
        return new PublicSite(new SitePages(repositories, definitions, renderer, catalog), assets, clock, settings,
                cache, messages);
    }

    @Provides
    WebResources resources(@Named("lightModules") Path lightModules) {
        return new WebResources(lightModules);
    }

    @Provides
    DemoSite demo(Repositories repositories, ImportService imports, Publisher publisher, Clock clock) {
        return new DemoSite(repositories, imports, publisher, new ContentStamps(clock));
    }
}
