package dev.events.author;

import java.util.List;

/**
 * A tab of the event editor.
 *
 * @param name   the tab name, used in anchors ({@code #tab-event})
 * @param label  the label, translated
 * @param fields its fields in order
 */
public record EditorTab(String name, String label, List<EditorField> fields) {
}
