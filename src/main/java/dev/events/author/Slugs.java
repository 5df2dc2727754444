package dev.events.author;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Node names from titles: "Expert’s visit to Hamamatsu" becomes {@code experts-visit-to-hamamatsu}; a name
 * taken already gets {@code -2}, {@code -3}, ... The name is chosen once, when the event is created, and kept
 * when the title changes, so that links stay valid.
 */
final class Slugs {

    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** @param taken tells whether a name is in use */
    static String unique(String title, Predicate<String> taken) {
        String base = of(title);
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[’'`]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "event" : slug;
    }
}
