package dev.events.author;

/**
 * A page template integrators may choose.
 *
 * @param id    its id, {@code events:pages/events-page}
 * @param title its title, translated
 */
public record TemplateChoice(String id, String title) {
}
