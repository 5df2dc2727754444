package dev.events.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LightModuleLoaderTest {

    private static DefinitionRegistry registry;

    @BeforeAll
    static void loadTheProjectsLightModules() throws DefinitionException {
        registry = new LightModuleLoader().load(Path.of("light-modules"));
    }

    @Test
    void eventsModuleLoadsWithoutWarnings() {
        assertThat(registry.modules()).containsExactly("events");
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void templatesAreKeyedByModuleAndPath() {
        assertThat(registry.templates()).containsOnlyKeys("events:components/event-list",
                "events:components/event-teaser", "events:components/event-calendar",
                "events:components/event-filter", "events:pages/event-detail", "events:pages/events-page",
                "events:pages/content-page", "events:pages/error");
        TemplateDefinition detail = registry.template("events:pages/event-detail").orElseThrow();
        assertThat(detail.isPage()).isTrue();
        assertThat(detail.renderType()).isEqualTo("freemarker");
        assertThat(detail.templateScript()).isEqualTo("/events/templates/pages/event-detail.ftl");
    }

    @Test
    void eventListComponentIsEditedByItsDialog() {
        TemplateDefinition list = registry.template("events:components/event-list").orElseThrow();
        assertThat(list.isPage()).isFalse();
        assertThat(list.dialog()).isEqualTo("events:components/event-list");
        DialogDefinition dialog = registry.dialog(list.dialog()).orElseThrow();
        assertThat(dialog.label()).isEqualTo("events.components.event-list.label");
        assertThat(dialog.fields()).extracting(FieldDefinition::name)
                .containsExactly("title", "sortOrder", "maxItems", "paging", "teaserLength", "showImages",
                        "categories", "place", "includeOngoing", "includePast");
        assertThat(dialog.fields()).allMatch(FieldDefinition::supported);
        FieldDefinition sortOrder = dialog.fields().get(1);
        assertThat(sortOrder.type()).isEqualTo("comboBoxField");
        assertThat(sortOrder.options()).containsEntry("defaultValue", "upcoming-first").containsKey("datasource");
        assertThat(dialog.fields().get(0).i18n()).isTrue();
        assertThat(dialog.fields().get(2).options()).containsEntry("defaultValue", 10L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"events:pages/events-page", "events:pages/content-page"})
    void pageMainAreasAllowTheFourEventComponents(String id) {
        TemplateDefinition page = registry.template(id).orElseThrow();
        assertThat(page.areas()).containsOnlyKeys("main");
        AreaDefinition main = page.areas().get("main");
        assertThat(main.type()).isEqualTo("list");
        assertThat(main.availableComponents()).containsExactly("events:components/event-list",
                "events:components/event-teaser", "events:components/event-calendar",
                "events:components/event-filter");
        assertThat(main.maxComponents()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"event-list", "event-teaser", "event-calendar", "event-filter"})
    void everyComponentHasItsDialogUnderTheSameName(String name) {
        TemplateDefinition component = registry.template("events:components/" + name).orElseThrow();
        assertThat(component.dialog()).isEqualTo("events:components/" + name);
        assertThat(component.templateScript()).isEqualTo("/events/templates/components/" + name + ".ftl");
        DialogDefinition dialog = registry.dialog(component.dialog()).orElseThrow();
        assertThat(dialog.label()).isEqualTo("events.components." + name + ".label");
        assertThat(dialog.fields()).allMatch(FieldDefinition::supported);
    }

    @Test
    void eventContentTypeStoresInTheEventsWorkspace() {
        ContentTypeDefinition event = registry.contentType("events:event").orElseThrow();
        assertThat(event.name()).isEqualTo("event");
        assertThat(event.workspace()).isEqualTo("events");
        assertThat(event.rootPath()).isEqualTo("/");
        assertThat(event.nodeType()).isEqualTo("mgnl:content");
        assertThat(event.properties()).extracting(PropertyDefinition::name).startsWith("title", "subtitle",
                "startDate").contains("body", "image", "links", "categories", "published");
        assertThat(event.properties().get(0)).isEqualTo(new PropertyDefinition("title", "String", true, false, true));
        assertThat(event.properties()).contains(new PropertyDefinition("startDate", "Date", true, false, false),
                new PropertyDefinition("links", "link", false, true, false));
        assertThat(event.subModels()).singleElement().satisfies(link -> {
            assertThat(link.name()).isEqualTo("link");
            assertThat(link.nodeType()).isEqualTo("mgnl:contentNode");
            assertThat(link.properties()).extracting(PropertyDefinition::name).containsExactly("label", "href",
                    "asset");
        });
    }

    @Test
    void eventsAppIsGeneratedFromTheEventContentType() {
        assertThat(registry.apps()).containsOnlyKeys("events:events");
        assertThat(registry.apps().get("events:events").contentType()).isEqualTo("events:event");
    }

    @Test
    void eventsAppFormListsEveryFieldInTabsWithIncludedOptions() throws DefinitionException {
        AppDefinition app = registry.app("events:events").orElseThrow();
        assertThat(app.form().tabs()).extracting(TabDefinition::name)
                .containsExactly("event", "place", "content", "organizer", "publication");
        FieldDefinition timeZone = app.form().fields().stream().filter(f -> f.name().equals("timeZone"))
                .findFirst().orElseThrow();
        assertThat(timeZone.type()).isEqualTo("comboBoxField");
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> options = (java.util.List<java.util.Map<String, Object>>)
                ((java.util.Map<String, Object>) timeZone.options().get("datasource")).get("options");
        assertThat(options).extracting(o -> o.get("value")).contains("Europe/Paris", "Asia/Tokyo", "UTC")
                .allMatch(zone -> java.time.ZoneId.getAvailableZoneIds().contains(zone));
        assertThat(app.form().fields()).allMatch(FieldDefinition::supported);
    }
}
