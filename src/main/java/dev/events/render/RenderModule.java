package dev.events.render;

import java.io.IOException;
import java.nio.file.Path;

import javax.inject.Named;
import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.config.SiteSettings;
import dev.events.definition.DefinitionRegistry;

/**
 * Binds FreeMarker over the light modules, their messages (shared with the author UI) and the page renderer, which
 * takes the site settings for absolute addresses.
 */
public final class RenderModule extends AbstractModule {

    @Provides
    @Singleton
    PageRenderer renderer(@Named("lightModules") Path lightModules, DefinitionRegistry definitions,
            Messages messages, SiteSettings settings) throws IOException {
        return new PageRenderer(new TemplateEngine(lightModules), definitions, messages, settings);
    }

    @Provides
    @Singleton
    Messages messages(@Named("lightModules") Path lightModules) throws IOException {
        return Messages.load(lightModules);
    }
}
