package dev.events.definition;

import dev.events.definition.DefinitionProblem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading, errors and warnings alike. */
final class Problems {

    private final List<DefinitionProblem> all = new ArrayList<>();

    /** Records an error that stops the start. */
    void error(String file, int line, String key, String message) {
        all.add(new DefinitionProblem(Severity.ERROR, file, line, key, message));
    }

    /** Records an error located at a node. */
    void error(YNode at, String key, String message) {
        error(at.file(), at.line(), key, message);
    }

    /** Records a warning: the definition still loads. */
    void warning(String file, int line, String key, String message) {
        all.add(new DefinitionProblem(Severity.WARNING, file, line, key, message));
    }

    /** Records a warning located at a node. */
    void warning(YNode at, String key, String message) {
        warning(at.file(), at.line(), key, message);
    }

    /** @return the errors, sorted by file and line */
    List<DefinitionProblem> errors() {
        return sorted(Severity.ERROR);
    }

    /** @return the warnings, sorted by file and line */
    List<DefinitionProblem> warnings() {
        return sorted(Severity.WARNING);
    }

    private List<DefinitionProblem> sorted(Severity severity) {
        return all.stream().filter(p -> p.severity() == severity).distinct()
                .sorted(Comparator.comparing(DefinitionProblem::file).thenComparingInt(DefinitionProblem::line))
                .toList();
    }

    /** @return the key path of a child: {@code parent.child}, or just the child at the root */
    static String path(String parent, String child) {
        return parent == null || parent.isEmpty() ? child : parent + "." + child;
    }
}
