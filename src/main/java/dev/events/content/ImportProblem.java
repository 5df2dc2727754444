package dev.events.content;

/**
 * One thing wrong in an import file.
 *
 * @param position the 1-based position of the event in the file, or 0 for the file as a whole
 * @param event    the event's name, or empty when it has none
 * @param field    the field at fault, or empty
 * @param message  what is wrong
 */
public record ImportProblem(int position, String event, String field, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (position > 0) {
            where.append("event #").append(position);
            if (!event.isEmpty()) {
                where.append(" '").append(event).append('\'');
            }
            where.append(": ");
        }
        if (!field.isEmpty()) {
            where.append("field '").append(field).append("': ");
        }
        return where + message;
    }
}
