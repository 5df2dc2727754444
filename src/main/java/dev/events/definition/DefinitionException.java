package dev.events.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when light-module definitions hold errors; the message lists every error, one a line. */
public final class DefinitionException extends Exception {

    private final transient List<DefinitionProblem> problems;

    /** @param problems the errors found (at least one) */
    public DefinitionException(List<DefinitionProblem> problems) {
        super("Light-module definitions have errors:\n" + problems.stream()
                .map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return the errors, in file order */
    public List<DefinitionProblem> problems() {
        return problems;
    }
}
