package dev.events.definition;

import java.nio.file.Path;

/** Loads every module folder of a light-modules directory. */
public final class LightModuleLoader {

    /**
     * @param lightModules the directory holding one folder per module
     * @return the definitions; warnings are in {@link DefinitionRegistry#warnings()}
     * @throws DefinitionException when any definition has an error
     */
    public DefinitionRegistry load(Path lightModules) throws DefinitionException {
        throw new UnsupportedOperationException("not yet written");
    }
}
