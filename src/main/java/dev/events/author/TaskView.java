package dev.events.author;

import java.util.List;

import dev.events.publish.Task;

/**
 * A task as the inbox shows it: the request and what publishing it would change.
 *
 * @param task    the request
 * @param changes the fields whose published and requested values differ
 */
public record TaskView(Task task, List<FieldChange> changes) {
}
