package dev.events.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every definition of the loaded light modules, by id. Immutable once loaded.
 *
 * @param root          the light-modules directory the definitions came from
 * @param modules       the module names found, in load order
 * @param templates     page and component templates by id
 * @param dialogs       dialogs by id
 * @param contentTypes  content types by id ({@code module:name})
 * @param apps          content apps by id ({@code module:name})
 * @param restEndpoints REST endpoints by id ({@code module:path/below/restEndpoints})
 * @param warnings      what loads but is not supported by this runtime yet
 */
public record DefinitionRegistry(Path root, List<String> modules, Map<String, TemplateDefinition> templates,
        Map<String, DialogDefinition> dialogs, Map<String, ContentTypeDefinition> contentTypes,
        Map<String, AppDefinition> apps, Map<String, RestEndpointDefinition> restEndpoints,
        List<DefinitionProblem> warnings) {

    /** @return the template with this id */
    public Optional<TemplateDefinition> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** @return the dialog with this id */
    public Optional<DialogDefinition> dialog(String id) {
        return Optional.ofNullable(dialogs.get(id));
    }

    /** @return the app with this id */
    public Optional<AppDefinition> app(String id) {
        return Optional.ofNullable(apps.get(id));
    }

    /** @return the content type with this id */
    public Optional<ContentTypeDefinition> contentType(String id) {
        return Optional.ofNullable(contentTypes.get(id));
    }
}
