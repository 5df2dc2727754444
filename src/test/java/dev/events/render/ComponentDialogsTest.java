package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.events.definition.DefinitionRegistry;
import dev.events.definition.DialogDefinition;
import dev.events.definition.FieldDefinition;
import dev.events.definition.LightModuleLoader;

/**
 * Each component's parts agree under its one base name: the dialog stores exactly the properties its
 * {@code <Name>Properties} class names, the template id exists, and every label key of the dialog and every
 * {@code events.components.<name>.*} key exists in English and in French.
 */
class ComponentDialogsTest {

    private static final Path MODULE = Path.of("light-modules/events");

    static Stream<Arguments> components() {
        return Stream.of(Arguments.of("event-list", EventListProperties.class),
                Arguments.of("event-teaser", EventTeaserProperties.class),
                Arguments.of("event-calendar", EventCalendarProperties.class),
                Arguments.of("event-filter", EventFilterProperties.class));
    }

    @ParameterizedTest
    @MethodSource("components")
    void dialogFieldsAreThePropertyConstants(String name, Class<?> properties) throws Exception {
        DefinitionRegistry registry = new LightModuleLoader().load(Path.of("light-modules"));
        DialogDefinition dialog = registry.dialog("events:components/" + name).orElseThrow();
        assertThat(dialog.fields()).extracting(FieldDefinition::name)
                .containsExactlyInAnyOrderElementsOf(propertyNames(properties));
        assertThat(constant(properties, "TEMPLATE")).isEqualTo("events:components/" + name);
        assertThat(registry.template("events:components/" + name)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("components")
    void everyKeyOfTheComponentIsInBothLanguages(String name, Class<?> properties) throws Exception {
        Properties en = bundle("en");
        Properties fr = bundle("fr");
        String prefix = "events.components." + name + ".";
        assertThat(keys(fr, prefix)).containsExactlyInAnyOrderElementsOf(keys(en, prefix));
        List<String> used = dialogKeys(name);
        assertThat(used).isNotEmpty().allMatch(en::containsKey).allMatch(fr::containsKey);
    }

    private static List<String> propertyNames(Class<?> properties) throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : properties.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("TEMPLATE")) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static String constant(Class<?> properties, String name) throws ReflectiveOperationException {
        return (String) properties.getField(name).get(null);
    }

    /** @return every {@code events.*} key the dialog's YAML names (labels, descriptions, button labels) */
    private static List<String> dialogKeys(String name) throws IOException {
        String yaml = Files.readString(MODULE.resolve("dialogs/components/" + name + ".yaml"));
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*(?:label|description|buttonLabel): "
                + "(events\\.\\S+)$").matcher(yaml);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<String> keys(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(MODULE.resolve("i18n/events-messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
