package dev.events.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads every module folder of a light-modules directory, as Magnolia does with {@code magnolia.resources.dir}.
 * Every file is read and checked before anything is reported, so one run lists all problems: YAML syntax errors,
 * unknown keys, missing required keys and broken references are errors; valid Magnolia that this runtime does not
 * support yet is a warning and still loads.
 */
public final class LightModuleLoader {

    /**
     * @param lightModules the directory holding one folder per module
     * @return the definitions; warnings are in {@link DefinitionRegistry#warnings()}
     * @throws DefinitionException when any definition has an error
     */
    public DefinitionRegistry load(Path lightModules) throws DefinitionException {
        Problems problems = new Problems();
        if (!Files.isDirectory(lightModules)) {
            problems.error(lightModules.toString(), 0, "", "the light-modules directory does not exist");
            throw new DefinitionException(problems.errors());
        }
        ModuleScanner scanner = new ModuleScanner(lightModules);
        Definitions definitions = new Definitions(new YamlReader(lightModules, problems), problems);
        scanner.files().forEach(definitions::read);
        definitions.checkReferences();
        if (!problems.errors().isEmpty()) {
            throw new DefinitionException(problems.errors());
        }
        return new DefinitionRegistry(lightModules, scanner.modules(), frozen(definitions.templates),
                frozen(definitions.dialogs), frozen(definitions.contentTypes), frozen(definitions.apps),
                frozen(definitions.restEndpoints), problems.warnings());
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The definitions read so far, and the parsers that read them. */
    private static final class Definitions {
        private final Map<String, TemplateDefinition> templates = new LinkedHashMap<>();
        private final Map<String, DialogDefinition> dialogs = new LinkedHashMap<>();
        private final Map<String, ContentTypeDefinition> contentTypes = new LinkedHashMap<>();
        private final Map<String, AppDefinition> apps = new LinkedHashMap<>();
        private final Map<String, RestEndpointDefinition> restEndpoints = new LinkedHashMap<>();
        private final YamlReader reader;
        private final Problems problems;
        private final References references = new References();

        Definitions(YamlReader reader, Problems problems) {
            this.reader = reader;
            this.problems = problems;
        }

        void read(ModuleScanner.DefinitionFile file) {
            YNode root = reader.read(file.file());
            if (root instanceof YNode.Map map) {
                dispatch(file, map);
            } else if (root != null) {
                problems.error(root, "", "a definition must be a map of keys");
            }
        }

        private void dispatch(ModuleScanner.DefinitionFile file, YNode.Map map) {
            if (map.tag() != null && file.kind() != ModuleScanner.Kind.APP) {
                problems.error(map, "", "'" + map.tag() + "' is only valid at the top of an app (apps/x.yaml)");
            }
            String id = file.id();
            switch (file.kind()) {
                case MODULE -> new ModuleDescriptorParser(problems).parseModule(map);
                case TEMPLATE -> templates.put(id, new TemplateParser(problems, references).parse(id, map));
                case DIALOG -> dialogs.put(id, new DialogParser(problems).parse(id, map));
                case CONTENT_TYPE -> contentTypes.put(id, new ContentTypeParser(problems, references)
                        .parse(file.module(), id.substring(id.indexOf(':') + 1), map));
                case APP -> app(file, map);
                case REST_ENDPOINT -> restEndpoints.put(id,
                        new RestEndpointParser(problems).parse(id, file.file(), map));
                case DECORATION -> problems.warning(map.file(), 0, "", "decorations are not supported by this"
                        + " runtime yet; the decoration is ignored");
            }
        }

        private void app(ModuleScanner.DefinitionFile file, YNode.Map map) {
            AppDefinition app = new AppParser(problems, references).parse(file.id(), file.module(), map);
            if (app != null) {
                apps.put(file.id(), app);
            }
        }

        void checkReferences() {
            Set<String> types = new HashSet<>(contentTypes.keySet());
            contentTypes.values().forEach(t -> types.add(t.name()));
            references.check(templates.keySet(), dialogs.keySet(), types, problems);
        }
    }
}
