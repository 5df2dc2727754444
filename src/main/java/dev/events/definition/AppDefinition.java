package dev.events.definition;

/**
 * A content app ({@code apps/x.yaml}) generated from a content type.
 *
 * @param id          the app id, {@code module:name}
 * @param contentType the id of the content type it edits ({@code !content-type:name})
 * @param form        the detail sub-app's form ({@code subApps.detail.form}): its fields and tabs; without fields,
 *                    the form is generated from the content type's model
 */
public record AppDefinition(String id, String contentType, DialogDefinition form) {
}
