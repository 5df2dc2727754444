package dev.events.definition;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys one kind of Magnolia definition map accepts.
 *
 * @param name      what the map is, for messages ({@code template}, {@code area}, ...)
 * @param supported the keys this runtime honours
 * @param known     every key Magnolia itself accepts there; a key outside it is a typo. Includes {@code supported}.
 */
record Schema(String name, Set<String> supported, Set<String> known) {

    /**
     * @param name        what the map is
     * @param supported   the keys this runtime honours
     * @param unsupported the other keys Magnolia knows, which load with a warning
     */
    static Schema of(String name, Set<String> supported, Set<String> unsupported) {
        Set<String> known = new LinkedHashSet<>(supported);
        known.addAll(unsupported);
        return new Schema(name, Set.copyOf(supported), Set.copyOf(known));
    }

    /**
     * Reports unknown keys as errors (with a "did you mean" hint) and known but unsupported keys as warnings.
     *
     * @param map  the map to check
     * @param path the key path of the map ({@code areas.main}), empty at the root
     */
    void check(YNode.Map map, String path, Problems problems) {
        for (YNode.Entry e : map.entries().values()) {
            String key = Problems.path(path, e.key());
            if (!known.contains(e.key())) {
                problems.error(map.file(), e.keyLine(), key, "unknown key '" + e.key() + "' in " + name
                        + Suggestions.didYouMean(e.key(), known));
            } else if (!supported.contains(e.key())) {
                problems.warning(map.file(), e.keyLine(), key, "key '" + e.key() + "' of " + name
                        + " is valid Magnolia but not supported by this runtime yet; it is ignored");
            }
        }
    }
}
