package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.events.definition.ContentTypeDefinition;
import dev.events.definition.LightModuleLoader;
import dev.events.definition.PropertyDefinition;

/** The Event content type and the Java constants name the same properties. */
class EventPropertiesTest {

    @Test
    void contentTypePropertiesAreTheSharedConstants() throws Exception {
        ContentTypeDefinition event = new LightModuleLoader().load(Path.of("light-modules"))
                .contentType(ContentModule.EVENT_TYPE).orElseThrow();
        assertThat(event.workspace()).isEqualTo(Workspaces.EVENTS);
        assertThat(event.properties().stream().map(PropertyDefinition::name))
                .containsExactlyInAnyOrderElementsOf(constants("", "LINK_"));
        assertThat(event.subModels().get(0).properties().stream().map(PropertyDefinition::name))
                .containsExactlyInAnyOrderElementsOf(constants("LINK_", null));
    }

    /** @return the values of the String constants whose names start with {@code prefix} but not {@code not} */
    private static java.util.List<String> constants(String prefix, String not) {
        return Arrays.stream(EventProperties.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> f.getName().startsWith(prefix) && (not == null || !f.getName().startsWith(not)))
                .map(EventPropertiesTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
