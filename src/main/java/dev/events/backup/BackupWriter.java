package dev.events.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EmbeddedRepository;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/**
 * {@code export}: backs up a data folder that no server runs on. The backup (a folder, or the same as one zip
 * file) holds:
 * <ul>
 * <li>{@code author/}, {@code public/}: a copy of each repository's files (Derby databases, data store, search
 * indexes), taken while holding the repositories' locks, which is what {@link BackupRestorer} restores: every
 * workspace, version, binary and identifier, exactly;</li>
 * <li>{@code xml/author/events.2017.xml}, ... : the content of each workspace of each repository as system-view
 * XML ({@link SystemViewFile}), and {@code xml/author/version-storage.xml} the version histories, to read or to
 * import elsewhere (JCR lets nobody import version histories, hence the copies);</li>
 * <li>{@link BackupManifest#FILE}, written last: what the repositories held.</li>
 * </ul>
 */
public final class BackupWriter {

    private static final String XML = "xml";
    private static final String VERSION_STORAGE = "/jcr:system/jcr:versionStorage";

    private final Clock clock;

    public BackupWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param out a folder that is absent or empty, or a {@code .zip} file that is absent
     * @return the manifest written: what was backed up
     * @throws BackupException when there is nothing to back up, {@code out} is taken or lies inside a repository, or
     *                         a process (a server) has the repositories open
     */
    public BackupManifest write(Path data, Path out) throws BackupException, IOException, RepositoryException {
        boolean archive = BackupArchive.isArchive(out);
        refuseUnfit(data, out, archive);
        Path staging = archive ? Files.createTempDirectory(out.toAbsolutePath().getParent(), ".events-backup-")
                : Files.createDirectories(out);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try {
            BackupManifest manifest = copy(data, staging);
            if (archive) {
                BackupArchive.zip(staging, partial);
                Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
                DataFolder.delete(staging);
            }
            return manifest;
        } catch (BackupException | IOException | RepositoryException | RuntimeException e) {
            DataFolder.delete(staging);
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    private static void refuseUnfit(Path data, Path out, boolean archive) throws BackupException, IOException {
        if (!new DataFolder(data).hasRepositories()) {
            throw new BackupException("No repositories in " + data + ": nothing to back up");
        }
        for (String repository : DataFolder.REPOSITORIES) {
            if (out.toAbsolutePath().normalize().startsWith(data.resolve(repository).toAbsolutePath().normalize())) {
                throw new BackupException(out + " is inside the " + repository + " repository: write the backup "
                        + "elsewhere");
            }
        }
        if (archive ? Files.exists(out) : !new DataFolder(out).isEmpty()) {
            throw new BackupException(out + " exists already: name a new " + (archive ? "file" : "or empty folder"));
        }
    }

    /**
     * Copies the repositories' files while holding their locks, then opens the copies (never the originals, which a
     * server may open again meanwhile) to count what they hold and write their XML; closing them leaves the copies
     * cleanly shut down, even when the originals were left by a crash.
     */
    private BackupManifest copy(Path data, Path staging) throws BackupException, IOException, RepositoryException {
        new DataFolder(data).copyRepositoriesTo(staging);
        Map<String, Long> counts = new TreeMap<>();
        try (Repositories repositories = Repositories.open(staging)) {
            for (EmbeddedRepository repository : new EmbeddedRepository[] {repositories.author(),
                    repositories.published()}) {
                String name = repository.name();
                ContentCounts.of(repository).forEach((key, count) -> counts.put(name + "." + key, count));
                writeXml(repository, staging.resolve(XML).resolve(name));
            }
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant(), counts);
        try (OutputStream file = Files.newOutputStream(staging.resolve(BackupManifest.FILE))) {
            manifest.write(file);
        }
        return manifest;
    }

    private static void writeXml(EmbeddedRepository repository, Path folder) throws IOException, RepositoryException {
        for (String workspace : Workspaces.ALL) {
            Session session = repository.login(workspace);
            try {
                SystemViewFile.writeWorkspace(session, folder);
            } finally {
                session.logout();
            }
        }
        Session session = repository.login(null);
        try {
            SystemViewFile.write(session, VERSION_STORAGE, folder.resolve("version-storage.xml"));
        } finally {
            session.logout();
        }
    }
}
