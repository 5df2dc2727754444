package dev.events.definition;

/**
 * A property of a content-type model.
 *
 * @param name     the stored property name
 * @param type     {@code String} by default; {@code Boolean}, {@code Date}, {@code Long}, {@code Double},
 *                 {@code Decimal}, {@code asset}, {@code richText}, a sub-model name or a reference
 * @param required whether a value is required
 * @param multiple whether the property holds several values
 * @param i18n     whether the value is stored per language ({@code title_fr})
 */
public record PropertyDefinition(String name, String type, boolean required, boolean multiple, boolean i18n) {
}
