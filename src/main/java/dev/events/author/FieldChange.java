package dev.events.author;

/**
 * A field whose published and requested values differ.
 *
 * @param field     the property name ({@code title_fr})
 * @param live      the value on the public site, or empty
 * @param requested the value the request would publish, or empty
 */
public record FieldChange(String field, String live, String requested) {
}
