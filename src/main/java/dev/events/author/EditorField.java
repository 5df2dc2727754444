package dev.events.author;

import java.util.List;

/**
 * One field of the event editor, resolved from its definition: what to show and how to read it back.
 *
 * @param name        the property name, also the input name ({@code title}; {@code title_fr} for French)
 * @param type        the Magnolia field type ({@code textField}, {@code dateField}, ...)
 * @param label       the label, translated
 * @param description a help text, or empty
 * @param required    whether a value is required
 * @param i18n        whether a French value sits beside the default one
 * @param readOnly    shown but never written from the form
 * @param rows        more than 1 for a multi-line text field
 * @param time        a date field that takes a time of day too
 * @param maxLength   the longest text, or 0 for none
 * @param buttonLabel the text beside a checkbox, or empty
 * @param defaultValue the value of a new event's field, or empty
 * @param options     the choices of a combo box
 * @param children    the fields of one row of a multi field (a composite's fields, or the single inner field)
 */
public record EditorField(String name, String type, String label, String description, boolean required,
        boolean i18n, boolean readOnly, int rows, boolean time, int maxLength, String buttonLabel,
        String defaultValue, List<Option> options, List<EditorField> children) {

    /** A choice of a combo box. */
    public record Option(String value, String label) {
    }

    /** @return true for fields holding several values or rows */
    public boolean multiple() {
        return type.equals("jcrMultiValueField") || type.equals("jcrMultiField");
    }
}
