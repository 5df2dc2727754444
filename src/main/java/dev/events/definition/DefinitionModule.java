package dev.events.definition;

import java.nio.file.Path;

import javax.inject.Named;
import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/** Binds the definitions of the light-modules folder, loaded once at start. */
public final class DefinitionModule extends AbstractModule {

    @Provides
    @Singleton
    DefinitionRegistry definitions(@Named("lightModules") Path lightModules) throws DefinitionException {
        return new LightModuleLoader().load(lightModules);
    }
}
