package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.events.content.SortOrder;
import dev.events.definition.DialogDefinition;
import dev.events.definition.FieldDefinition;
import dev.events.definition.LightModuleLoader;

/** The event-list's dialog stores exactly the properties the Java code reads, under the same names. */
class EventListPropertiesTest {

    private final DialogDefinition dialog = new LightModuleLoader().load(Path.of("light-modules"))
            .dialog("events:components/event-list").orElseThrow();

    EventListPropertiesTest() throws Exception {
    }

    @Test
    void dialogFieldsAreTheSharedPropertyNames() {
        assertThat(dialog.fields().stream().map(FieldDefinition::name)).containsExactly(EventListProperties.TITLE,
                EventListProperties.SORT_ORDER, EventListProperties.MAX_ITEMS, EventListProperties.PAGING,
                EventListProperties.TEASER_LENGTH, EventListProperties.SHOW_IMAGES, EventListProperties.CATEGORIES,
                EventListProperties.PLACE, EventListProperties.INCLUDE_ONGOING, EventListProperties.INCLUDE_PAST);
    }

    @Test
    void sortOrderOptionsAreTheOrdersTheListingOffers() {
        FieldDefinition sortOrder = dialog.fields().stream()
                .filter(f -> f.name().equals(EventListProperties.SORT_ORDER)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) ((Map<String, Object>) sortOrder.options()
                .get("datasource")).get("options");
        assertThat(options.stream().map(o -> o.get("value"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SortOrder.values()).map(SortOrder::value).toList());
    }

    @Test
    void templateIdNamesTheComponentTemplate() throws Exception {
        assertThat(new LightModuleLoader().load(Path.of("light-modules")).template(EventListProperties.TEMPLATE))
                .isPresent();
    }
}
