package dev.events.definition;

/**
 * One problem found in a light-module definition, located as Magnolia's Definitions app reports it.
 *
 * @param severity an error stops the start; a warning names what this runtime does not support yet
 * @param file     the file, relative to the light-modules directory ({@code events/templates/pages/x.yaml})
 * @param line     the 1-based line, or 0 when the problem concerns the whole file
 * @param key      the key path at fault ({@code areas.main.availableComponents.list.id}), or empty
 * @param message  what is wrong, in one sentence
 */
public record DefinitionProblem(Severity severity, String file, int line, String key, String message) {

    /** How serious a problem is. */
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String what = key == null || key.isEmpty() ? "" : " [" + key + "]";
        return severity + " " + where + what + ": " + message;
    }
}
