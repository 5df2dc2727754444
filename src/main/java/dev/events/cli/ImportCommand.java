package dev.events.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.content.ImportException;
import dev.events.publish.ImportService;

/** {@code import FILE}: imports events (JSON) into the author repository, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import events from a JSON file; a file with any invalid event writes nothing.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The JSON file: {\"events\": [...]}")
    Path file;

    @Option(names = "--publish", description = "Publish the imported events too.")
    boolean publish;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("events import: no such file: " + file);
            return 1;
        }
        Clock clock = Clock.systemDefaultZone();
        try (EventsRuntime runtime = EventsRuntime.start(common.data, common.lightModules(), clock);
             InputStream in = Files.newInputStream(file)) {
            int count = runtime.get(ImportService.class).importEvents(in, file.toString(), publish, "admin").size();
            spec.commandLine().getOut().println("Imported " + count + " event(s)"
                    + (publish ? " and published them" : ""));
            return 0;
        } catch (ImportException e) {
            spec.commandLine().getErr().println("events import: " + e.getMessage());
            return 1;
        }
    }
}
