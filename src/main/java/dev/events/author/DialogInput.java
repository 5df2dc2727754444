package dev.events.author;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.EventHistory;
import dev.events.content.EventLookup;
import dev.events.content.RichText;

/**
 * Checks what a dialog's form holds and turns it into stored values: whole numbers for Long fields, one of the
 * options for option lists, the identifier of an existing event for links to events (typed as the event's name),
 * {@code name_fr} beside i18n fields. An empty optional value removes the property.
 */
final class DialogInput {

    private static final RichText RICH_TEXT = new RichText();

    private DialogInput() {
    }

    /**
     * @param events the author {@code events} workspace, where links to events must lead
     * @return the value of each property to write; null removes it
     * @throws InputException naming every faulty input; nothing is to be written
     */
    static Map<String, Object> check(DialogForm form, EditorValues values, Session events)
            throws InputException, RepositoryException {
        Map<String, Object> checked = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (EditorField field : form.fields().values()) {
            if (field.readOnly() || field.type().equals("jcrMultiField")) {
                continue;
            }
            try {
                checked.put(field.name(), value(form.kind(field), field, values, events));
                if (field.i18n()) {
                    checked.put(field.name() + "_fr", blankToNull(values.text(field.name() + "_fr")));
                }
            } catch (InputException e) {
                problems.putAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return checked;
    }

    private static Object value(DialogForm.Kind kind, EditorField field, EditorValues values, Session events)
            throws InputException, RepositoryException {
        String name = field.name();
        if (kind == DialogForm.Kind.MULTI) {
            List<String> list = values.list(name).stream().map(String::valueOf).toList();
            require(field, list.isEmpty());
            return list.isEmpty() ? null : list.toArray(String[]::new);
        }
        if (kind == DialogForm.Kind.BOOLEAN) {
            return "true".equals(values.text(name));
        }
        String text = values.text(name).strip();
        require(field, text.isEmpty());
        if (text.isEmpty()) {
            return null;
        }
        if (field.maxLength() > 0 && text.length() > field.maxLength()) {
            throw new InputException(name, "is longer than " + field.maxLength() + " characters");
        }
        return typed(kind, field, text, events);
    }

    private static Object typed(DialogForm.Kind kind, EditorField field, String text, Session events)
            throws InputException, RepositoryException {
        String name = field.name();
        switch (kind) {
            case LONG:
                return parse(name, text, () -> Long.valueOf(text), "must be a whole number, such as 10");
            case DOUBLE:
                return parse(name, text, () -> Double.valueOf(text), "must be a number, such as 2.5");
            case DATE:
                return parse(name, text, () -> GregorianCalendar.from(LocalDate.parse(text)
                        .atStartOfDay(ZoneOffset.UTC)), "must be a date such as 2017-10-05");
            case OPTION:
                if (field.options().stream().noneMatch(o -> o.value().equals(text))) {
                    throw new InputException(name, "must be one of " + field.options().stream()
                            .map(EditorField.Option::value).collect(Collectors.joining(", ")));
                }
                return text;
            case EVENT_LINK:
                return eventId(name, text, events);
            case RICH_TEXT:
                return RICH_TEXT.sanitize(text);
            default:
                return text;
        }
    }

    /** @return the identifier of the event with this name, which must exist and not be in the trash */
    private static String eventId(String input, String eventName, Session events)
            throws InputException, RepositoryException {
        Optional<Node> event = EventLookup.byName(events, eventName);
        if (event.isEmpty() || EventHistory.isTrashed(event.get())) {
            throw new InputException(input, "there is no event named " + eventName);
        }
        return event.get().getIdentifier();
    }

    private static void require(EditorField field, boolean empty) throws InputException {
        if (field.required() && empty) {
            throw new InputException(field.name(), "is required");
        }
    }

    /** Parses a value; a failure names the input. */
    private static Object parse(String input, String text, java.util.concurrent.Callable<Object> parser,
            String message) throws InputException {
        try {
            return parser.call();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InputException(input, message + " (not " + text + ")");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
