package dev.events.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The catalog's events in a file of the data folder, so that a restart reads them in a fraction of a second
 * instead of walking 100,000 events. The file records how many events there were and the latest publication
 * time among them; it is used only when the public workspace still has as many events and the same latest
 * publication ({@link CatalogFingerprint}): any publication or unpublication since changes one of them. Texts
 * that repeat (categories, cities, countries) are stored once.
 */
final class CatalogFile {

    private static final int MAGIC = 0x45564331;

    private CatalogFile() {
    }

    /** Writes the entries, replacing the file in one move. */
    static void write(Path file, List<CatalogEntry> entries, CatalogFingerprint fingerprint) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                1 << 16))) {
            out.writeInt(MAGIC);
            fingerprint.write(out);
            Map<Object, Integer> shared = new HashMap<>();
            for (CatalogEntry e : entries) {
                out.writeUTF(e.id());
                out.writeUTF(e.name());
                instant(out, e.start());
                instant(out, e.endsAt());
                instant(out, e.published());
                shared(out, shared, e.categories());
                out.writeLong(e.firstDay().toEpochDay());
                out.writeLong(e.lastDay().toEpochDay());
                shared(out, shared, e.city());
                shared(out, shared, e.country());
                instant(out, e.lastModified());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * @param session a session on the public events workspace, to check the file against
     * @return the entries and their fingerprint, when the file exists and still describes the workspace
     */
    static Optional<Stored> read(Path file, Session session) throws IOException, RepositoryException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            CatalogFingerprint fingerprint = CatalogFingerprint.read(in);
            if (!fingerprint.matches(session)) {
                return Optional.empty();
            }
            List<Object> shared = new ArrayList<>();
            List<CatalogEntry> entries = new ArrayList<>(fingerprint.count());
            for (int i = 0; i < fingerprint.count(); i++) {
                entries.add(new CatalogEntry(in.readUTF(), in.readUTF(), instant(in), instant(in), instant(in),
                        shared(in, shared), LocalDate.ofEpochDay(in.readLong()), LocalDate.ofEpochDay(in.readLong()),
                        shared(in, shared), shared(in, shared), instant(in)));
            }
            return Optional.of(new Stored(entries, fingerprint));
        }
    }

    /**
     * What a catalog file holds.
     *
     * @param entries     the events
     * @param fingerprint the workspace they describe
     */
    record Stored(List<CatalogEntry> entries, CatalogFingerprint fingerprint) {
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    /** Writes a text or a list of texts the first time, its number after. */
    private static void shared(DataOutputStream out, Map<Object, Integer> shared, Object value) throws IOException {
        Integer known = shared.get(value);
        if (known != null) {
            out.writeInt(known);
            return;
        }
        shared.put(value, shared.size());
        out.writeInt(-1);
        if (value instanceof List<?> list) {
            out.writeInt(list.size());
            for (Object item : list) {
                out.writeUTF((String) item);
            }
        } else {
            out.writeInt(-1);
            out.writeUTF((String) value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(DataInputStream in, List<Object> shared) throws IOException {
        int known = in.readInt();
        if (known >= 0) {
            return (T) shared.get(known);
        }
        int size = in.readInt();
        Object value;
        if (size < 0) {
            value = in.readUTF();
        } else {
            List<String> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(in.readUTF());
            }
            value = List.copyOf(list);
        }
        shared.add(value);
        return (T) value;
    }
}
