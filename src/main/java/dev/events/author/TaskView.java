package dev.events.author;

import java.util.List;

import dev.events.publish.Task;

/**
 * A task as the inbox shows it: the request and what publishing it would change (for events; a page is
 * reviewed in its page editor).
 *
 * @param task    the request
 * @param changes the fields whose published and requested values differ
 */
public record TaskView(Task task, List<FieldChange> changes) {

    /** @return the author page of the task's item: the event editor, or the page editor */
    public String link() {
        return linkOf(task);
    }

    /** @return the author page of a task's item */
    public static String linkOf(Task task) {
        return AuthorServlet.BASE + (task.isPage() ? "/pages" + task.itemName() : "/events/" + task.itemName());
    }
}
