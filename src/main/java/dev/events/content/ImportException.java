package dev.events.content;

import java.util.List;
import java.util.stream.Collectors;

/** An import file was refused; nothing was written. The message names each event and field at fault. */
public final class ImportException extends Exception {

    private final transient List<ImportProblem> problems;

    /** @param source the file name, for the message */
    public ImportException(String source, List<ImportProblem> problems) {
        super("Nothing imported: " + source + " has " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<ImportProblem> problems() {
        return problems;
    }
}
