package dev.events.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.events.backup.BackupException;
import dev.events.backup.BackupManifest;
import dev.events.backup.BackupRestorer;

/** {@code restore BACKUP}: puts a backup made by {@code export} into an empty data folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup made by 'export' into an empty data folder; --force replaces the "
                + "repositories of a folder no server runs on.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "BACKUP", description = "The backup folder or .zip file.")
    Path backup;

    @Option(names = "--force", description = "Replace the repositories of a data folder that is not empty.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try {
            BackupManifest manifest = new BackupRestorer().restore(backup, common.data, force);
            spec.commandLine().getOut().printf("Restored the backup of %s into %s in %.1f s%n", manifest.created(),
                    common.data, (System.nanoTime() - start) / 1e9);
            for (String repository : new String[] {"author", "public"}) {
                spec.commandLine().getOut().println("  " + repository + ": "
                        + ExportCommand.describe(manifest.countsOf(repository)));
            }
            return 0;
        } catch (BackupException e) {
            spec.commandLine().getErr().println("events restore: " + e.getMessage());
            return 1;
        }
    }
}
