package dev.events.delivery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.jcr.PropertyType;

import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.definition.ContentTypeDefinition;
import dev.events.definition.PropertyDefinition;
import dev.events.definition.SubModelDefinition;

/**
 * What the delivery API knows of the properties of one workspace, from the content types stored there: the
 * JCR type each property is compared as in filters, which ones can order results, and which ones are
 * translated ({@code title} and {@code title_fr}). The system dates and the activation status are known too.
 * Only these names reach a query, so a filter or order can never name anything else.
 */
final class PropertyTypes {

    /** The system properties served with {@code includeSystemProperties}; user names are not (see README). */
    static final Map<String, Integer> SYSTEM = Map.of(NodeTypes.CREATED, PropertyType.DATE,
            NodeTypes.LAST_MODIFIED, PropertyType.DATE, NodeTypes.LAST_ACTIVATED, PropertyType.DATE,
            NodeTypes.ACTIVATION_STATUS, PropertyType.BOOLEAN, NodeTypes.TEMPLATE, PropertyType.STRING);

    /**
     * One known property.
     *
     * @param type     its {@link PropertyType}
     * @param multiple whether it holds several values (then it cannot order results)
     */
    record Known(int type, boolean multiple) {
    }

    private final Map<String, Known> known = new HashMap<>();
    private final Set<String> translated = new HashSet<>();

    /** @param contentTypes the content types whose items live in the endpoint's workspace */
    PropertyTypes(List<ContentTypeDefinition> contentTypes) {
        SYSTEM.forEach((name, type) -> known.put(name, new Known(type, false)));
        for (ContentTypeDefinition contentType : contentTypes) {
            Set<String> subModels = new HashSet<>();
            contentType.subModels().forEach(s -> subModels.add(s.name()));
            contentType.properties().stream().filter(p -> !subModels.contains(p.type())).forEach(this::add);
            for (SubModelDefinition subModel : contentType.subModels()) {
                subModel.properties().stream().filter(PropertyDefinition::i18n).forEach(p -> translated.add(p.name()));
            }
        }
    }

    private void add(PropertyDefinition property) {
        Known type = new Known(jcrType(property.type()), property.multiple());
        known.put(property.name(), type);
        if (property.i18n()) {
            translated.add(property.name());
            EventProperties.LANGUAGES.stream().skip(1).forEach(l -> known.put(property.name() + "_" + l, type));
        }
    }

    private static int jcrType(String type) {
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "date" -> PropertyType.DATE;
            case "boolean" -> PropertyType.BOOLEAN;
            case "long" -> PropertyType.LONG;
            case "double" -> PropertyType.DOUBLE;
            case "decimal" -> PropertyType.DECIMAL;
            default -> PropertyType.STRING;
        };
    }

    /** @return the property of that name, when the workspace's content types or the system define it */
    Optional<Known> get(String name) {
        return Optional.ofNullable(known.get(name));
    }

    /** @return the base names of translated properties ({@code title}, {@code label}, ...) */
    Set<String> translated() {
        return java.util.Collections.unmodifiableSet(translated);
    }
}
