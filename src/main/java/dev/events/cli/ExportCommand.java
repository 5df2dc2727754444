package dev.events.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.backup.BackupException;
import dev.events.backup.BackupManifest;
import dev.events.backup.BackupWriter;

/** {@code export --out DIR|FILE.zip}: backs up both repositories of a data folder no server runs on. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Back up the data folder (both repositories, with versions and files) while no server runs "
                + "on it.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "DIR|FILE.zip",
            description = "Where to write the backup: a new or empty folder, or a new .zip file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try {
            BackupManifest manifest = new BackupWriter(Clock.systemUTC()).write(common.data, out);
            spec.commandLine().getOut().printf("Backed up %s to %s in %.1f s%n", common.data, out,
                    (System.nanoTime() - start) / 1e9);
            for (String repository : new String[] {"author", "public"}) {
                spec.commandLine().getOut().println("  " + repository + ": " + describe(
                        manifest.countsOf(repository)));
            }
            return 0;
        } catch (BackupException e) {
            spec.commandLine().getErr().println("events export: " + e.getMessage());
            return 1;
        }
    }

    /** @return {@code events 120 nodes, website 14 nodes, ..., 45 versions} */
    static String describe(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey(
                java.util.Comparator.comparing((String key) -> key.equals("versions")).thenComparing(key -> key)))
                .map(e -> e.getKey().equals("versions") ? e.getValue() + " versions"
                        : e.getKey() + " " + e.getValue() + " nodes").collect(Collectors.joining(", "));
    }
}
