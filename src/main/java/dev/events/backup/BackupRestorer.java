package dev.events.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.jcr.RepositoryException;

import dev.events.content.EmbeddedRepository;
import dev.events.content.Repositories;

/**
 * {@code restore}: puts the repositories of a backup ({@link BackupWriter}) into a data folder, holding their locks
 * meanwhile, then opens them and checks that they hold what the manifest says. A folder that holds anything is
 * refused unless forced, and refused anyway while a process has its repositories open. A restore whose check
 * fails removes what it restored, so that no half folder is mistaken for data.
 */
public final class BackupRestorer {

    /**
     * @param backup a backup folder or {@code .zip} file
     * @param force  whether to replace the repositories of a data folder that is not empty
     * @return the backup's manifest
     * @throws BackupException when the backup is incomplete, the folder not empty (without {@code force}) or in
     *                         use, or the restored repositories do not hold what the backup recorded
     */
    public BackupManifest restore(Path backup, Path data, boolean force)
            throws BackupException, IOException, RepositoryException {
        BackupManifest manifest = manifest(backup);
        DataFolder target = new DataFolder(data);
        if (!target.isEmpty() && !force) {
            throw new BackupException(data + " is not empty: restore into an empty or new folder, or add --force"
                    + " to replace its repositories");
        }
        try (RepositoryLocks locks = RepositoryLocks.take(target)) {
            try {
                for (String repository : DataFolder.REPOSITORIES) {
                    DataFolder.clear(target.repository(repository));
                    copy(backup, repository, target.repository(repository));
                }
            } catch (BackupException | IOException | RuntimeException e) {
                discard(target);
                throw e;
            }
        }
        try {
            check(data, manifest);
        } catch (BackupException | RepositoryException | RuntimeException e) {
            discard(target);
            throw e;
        }
        return manifest;
    }

    /** Empties the repositories restored in part: Jackrabbit would create empty ones there, never open half ones. */
    private static void discard(DataFolder target) throws IOException {
        for (String repository : DataFolder.REPOSITORIES) {
            DataFolder.clear(target.repository(repository));
        }
    }

    private static BackupManifest manifest(Path backup) throws BackupException, IOException {
        if (BackupArchive.isArchive(backup) && Files.isRegularFile(backup)) {
            return BackupArchive.manifest(backup);
        }
        Path file = backup.resolve(BackupManifest.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupException(backup + " is no complete backup: it has no " + BackupManifest.FILE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return BackupManifest.read(in);
        }
    }

    private static void copy(Path backup, String repository, Path target) throws BackupException, IOException {
        if (BackupArchive.isArchive(backup) && Files.isRegularFile(backup)) {
            BackupArchive.extract(backup, repository + "/", target);
        } else if (Files.isDirectory(backup.resolve(repository))) {
            DataFolder.copyTree(backup.resolve(repository), target);
        } else {
            throw new BackupException(backup + " is no complete backup: it has no " + repository + " repository");
        }
    }

    /** Opens the restored repositories (Jackrabbit indexes them now) and compares them with the manifest. */
    private static void check(Path data, BackupManifest manifest) throws BackupException, RepositoryException {
        try (Repositories repositories = Repositories.open(data)) {
            for (EmbeddedRepository repository : new EmbeddedRepository[] {repositories.author(),
                    repositories.published()}) {
                Map<String, Long> expected = manifest.countsOf(repository.name());
                Map<String, Long> found = ContentCounts.of(repository);
                if (!found.equals(expected)) {
                    throw new BackupException("The restored " + repository.name() + " repository holds " + found
                            + " but the backup recorded " + expected);
                }
            }
        }
    }
}
