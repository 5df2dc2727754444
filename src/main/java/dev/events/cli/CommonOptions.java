package dev.events.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every command shares: where the data and the light modules are. */
final class CommonOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data folder (repositories author/ and public/). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--light-modules", paramLabel = "DIR",
            description = "The light-modules folder. Default: ./light-modules, else the module in the jar")
    Path lightModules;

    /** @return the light-modules folder to use */
    Path lightModules() throws java.io.IOException {
        return lightModules != null ? lightModules : LightModulesFolder.resolveDefault();
    }
}
