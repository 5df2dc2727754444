package dev.events.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The UI strings of every light module's {@code i18n/*.properties} (UTF-8), merged into one bundle per
 * language as Magnolia does. A key missing in a language falls back to English, then to the bundle without a
 * language; an unknown key shows as itself.
 */
public final class Messages {

    private static final String DEFAULT = "en";
    private final Map<String, Properties> byLanguage;

    private Messages(Map<String, Properties> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Reads the bundles of every module folder below {@code lightModules}. */
    public static Messages load(Path lightModules) throws IOException {
        Map<String, Properties> byLanguage = new HashMap<>();
        try (Stream<Path> modules = Files.list(lightModules)) {
            for (Path i18n : modules.map(m -> m.resolve("i18n")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(i18n)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                        read(file, byLanguage.computeIfAbsent(language(file), l -> new Properties()));
                    }
                }
            }
        }
        return new Messages(byLanguage);
    }

    private static void read(Path file, Properties into) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }

    /** @return {@code fr} for {@code events-messages_fr.properties}, empty for a bundle without language */
    private static String language(Path file) {
        String name = file.getFileName().toString().replace(".properties", "");
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? "" : name.substring(underscore + 1);
    }

    /** @return the message for the key in the language, with {@code {0}} placeholders filled */
    public String get(Locale locale, String key, List<?> args) {
        for (String language : List.of(locale.getLanguage(), DEFAULT, "")) {
            Properties bundle = byLanguage.get(language);
            if (bundle != null && bundle.containsKey(key)) {
                String text = bundle.getProperty(key);
                return args.isEmpty() ? text : new MessageFormat(text, locale).format(args.toArray());
            }
        }
        return key;
    }
}
