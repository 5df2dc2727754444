/**
 * Light-module definitions: reads every module folder of a light-modules directory the way Magnolia does
 * (YAML with {@code $type}, {@code !include}, {@code !override}, {@code !content-type}), validates each
 * definition strictly and reports problems with file, line and key.
 *
 * <p>{@link dev.events.definition.LightModuleLoader} is the entry point. Inside the package:
 * {@code ModuleScanner} finds definition files by folder; {@code YamlReader} and {@code NodeConverter} parse them
 * into line-aware {@code YNode} trees; {@code TemplateParser}, {@code DialogParser} (with {@code FieldParser} and
 * {@code FiveUiForm}), {@code ContentTypeParser}, {@code AppParser}, {@code RestEndpointParser} and
 * {@code ModuleDescriptorParser} check them against the key lists of {@code Schemas} and {@code FieldTypes};
 * {@code References} checks links between definitions once all are read.
 *
 * <p>Errors (the start stops): YAML syntax errors, unknown keys, unknown tags, unknown field types, missing
 * required keys, broken references and missing includes. Warnings (the definition loads): keys, field types,
 * render types and definition classes that are valid Magnolia but not supported by this runtime yet, the
 * deprecated 5 UI dialog format, hand-written apps and decorations.
 */
package dev.events.definition;
