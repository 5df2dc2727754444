package dev.events.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code events-backup.properties}, written last into a backup, so that a backup without it is known to be
 * incomplete: the format, when the backup was made, and what each repository held ({@code author.events=123},
 * {@code public.versions=0}, see {@link ContentCounts}).
 *
 * @param counts nodes by {@code repository.workspace} and versions by {@code repository.versions}
 */
public record BackupManifest(int format, Instant created, Map<String, Long> counts) {

    static final String FILE = "events-backup.properties";
    static final int FORMAT = 1;

    public BackupManifest {
        counts = Map.copyOf(counts);
    }

    /** @throws BackupException when the file is not a manifest of a format this runtime reads */
    static BackupManifest read(InputStream in) throws BackupException, IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        String format = properties.getProperty("format", "");
        if (!format.equals(String.valueOf(FORMAT))) {
            throw new BackupException("Unknown backup format '" + format + "' in " + FILE + " (this runtime reads "
                    + FORMAT + ")");
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.contains(".")) {
                counts.put(key, Long.parseLong(properties.getProperty(key)));
            }
        }
        return new BackupManifest(FORMAT, Instant.parse(properties.getProperty("created")), counts);
    }

    void write(OutputStream out) throws IOException {
        StringWriter text = new StringWriter();
        text.write("# Events backup: restore with `java -jar events.jar restore --data DIR THIS_BACKUP`\n");
        text.write("format=" + format + "\ncreated=" + created + "\n");
        new TreeMap<>(counts).forEach((key, value) -> text.write(key + "=" + value + "\n"));
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the counts of one repository ({@code author}, {@code public}) by workspace, and its versions */
    public Map<String, Long> countsOf(String repository) {
        Map<String, Long> of = new TreeMap<>();
        counts.forEach((key, value) -> {
            if (key.startsWith(repository + ".")) {
                of.put(key.substring(repository.length() + 1), value);
            }
        });
        return of;
    }
}
