package dev.events.definition;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Magnolia's two spellings of a named collection the same way: a map keyed by name
 * ({@code title: {...}}) or a list of maps each with a {@code name} ({@code - name: title}).
 */
final class NamedEntries {

    /** Magnolia's form-population switch, a scalar that may sit among form properties. */
    private static final String POPULATE = "populate";

    private NamedEntries() {
    }

    /**
     * One named entry.
     *
     * @param name the entry name
     * @param map  its definition
     * @param path its key path, for problems
     */
    record Named(String name, YNode.Map map, String path) {
    }

    /**
     * @param node a map or a list, or null for none
     * @param path the key path of the collection
     * @param what what an entry is, for messages ({@code field}, {@code property})
     * @return the entries in declaration order; malformed entries are reported and skipped
     */
    static List<Named> of(YNode node, String path, String what, Problems problems) {
        List<Named> out = new ArrayList<>();
        if (node instanceof YNode.Map map) {
            map.entries().values().forEach(e -> fromMap(e, path, what, problems, out));
        } else if (node instanceof YNode.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                fromList(seq.items().get(i), path + "[" + i + "]", what, problems, out);
            }
        } else if (!YNode.isEmpty(node)) {
            problems.error(node, path, "'" + path + "' must be a map or a list of " + what + "s");
        }
        return out;
    }

    private static void fromMap(YNode.Entry e, String path, String what, Problems problems, List<Named> out) {
        String childPath = Problems.path(path, e.key());
        if (e.value() instanceof YNode.Map child) {
            String name = child.text("name");
            out.add(new Named(name == null ? e.key() : name, child, childPath));
        } else if (!YNode.isBroken(e.value()) && !(POPULATE.equals(e.key()) && e.value() instanceof YNode.Scalar)) {
            problems.error(e.value(), childPath, "the " + what + " '" + e.key() + "' must be a map");
        }
    }

    private static void fromList(YNode item, String path, String what, Problems problems, List<Named> out) {
        if (YNode.isBroken(item)) {
            return;
        }
        if (!(item instanceof YNode.Map child)) {
            problems.error(item, path, "each " + what + " must be a map with a 'name'");
        } else if (child.text("name") == null) {
            problems.error(child, Problems.path(path, "name"), "missing required key 'name' of the " + what);
        } else {
            out.add(new Named(child.text("name"), child, Problems.path(path.substring(0, path.lastIndexOf('[')),
                    child.text("name"))));
        }
    }
}
