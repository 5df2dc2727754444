package dev.events.content;

import java.util.List;

/**
 * One event of an import file after checking.
 *
 * @param position its 1-based place in the file
 * @param name     its name, or empty
 * @param title    its title, or empty
 * @param record   the event ready to write, or null when it is refused
 * @param problems why it is refused; empty when it is not
 */
public record ImportItem(int position, String name, String title, EventRecord record, List<ImportProblem> problems) {

    /** @return true when the event can be written */
    public boolean valid() {
        return problems.isEmpty();
    }
}
