package dev.events.definition;

import static dev.events.definition.Fixtures.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionWarningsTest {

    @Test
    void unsupportedFieldTypeWarnsAndEditsAsPlainText() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("unsupported-field-type");

        assertThat(registry.warnings()).extracting(DefinitionWarningsTest::location).containsExactly(
                warning("shop/dialogs/components/rating.yaml", 5, "form.properties.stars.$type"),
                warning("shop/templates/components/rating.yaml", 5, "modelClass"));
        assertThat(registry.warnings().get(0).message())
                .isEqualTo("field type 'sliderField' is not supported by this runtime yet; it edits as plain text");
        assertThat(registry.warnings().get(1).message()).contains("'modelClass'", "not supported");
        List<FieldDefinition> fields = registry.dialog("shop:components/rating").orElseThrow().fields();
        assertThat(fields).extracting(FieldDefinition::name, FieldDefinition::type, FieldDefinition::supported)
                .containsExactly(tuple("stars", "sliderField", false), tuple("comment", "textField", true));
        assertThat(fields.get(0).options()).containsEntry("stepSize", 1L);
        assertThat(registry.template("shop:components/rating")).isPresent();
    }

    @Test
    void magnolia5UiDialogWarnsAndLoadsItsFieldsAsPlainText() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("five-ui");

        assertThat(registry.warnings()).extracting(DefinitionWarningsTest::location).containsExactly(
                warning("shop/dialogs/pages/home.yaml", 2, "form.tabs"),
                warning("shop/dialogs/pages/home.yaml", 11, "actions"));
        assertThat(registry.warnings().get(0).message()).contains("deprecated Magnolia 5 UI");
        DialogDefinition dialog = registry.dialog("shop:pages/home").orElseThrow();
        assertThat(dialog.fields()).extracting(FieldDefinition::name, FieldDefinition::type,
                FieldDefinition::supported).containsExactly(tuple("title", "text", false),
                        tuple("date", "DateFieldDefinition", false));
        assertThat(dialog.tabs()).containsExactly(new TabDefinition("tabMain", "Main", List.of("title", "date")));
    }

    @Test
    void magnoliasFieldExamplesModuleLoadsWithOnlyWarnings() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("field-examples");

        assertThat(registry.modules()).containsExactly("field-examples");
        assertThat(registry.templates()).hasSize(7).containsKey("field-examples:components/nobelprize/allPrizes");
        assertThat(registry.dialogs()).hasSize(6);
        assertThat(registry.warnings()).extracting(DefinitionProblem::message).filteredOn(m -> m.startsWith("field"))
                .extracting(m -> m.split("'")[1]).containsExactlyInAnyOrder("pageLinkField", "uploadField",
                        "jcrMultiLinkField", "listSelectField", "twinColSelectField", "tokenField",
                        "radioButtonGroupField", "switchableField", "radioButtonGroupField", "sliderField",
                        "codeField", "passwordField", "staticField");
        assertThat(registry.warnings()).extracting(DefinitionProblem::key).contains("areas.main.inheritance")
                .noneMatch(k -> k.startsWith("references"));
        assertThat(registry.warnings()).extracting(DefinitionProblem::file)
                .contains("field-examples/decorations/admincentral/config.yaml")
                .noneMatch(f -> f.contains("restClients") || f.contains("includes") || f.contains("bootstrap"));
    }

    @Test
    void fieldExamplesTabbedLayoutBecomesTabs() throws DefinitionException {
        DialogDefinition page = Fixtures.load("field-examples").dialog("field-examples:pages/fields").orElseThrow();

        assertThat(page.tabs()).containsExactly(
                new TabDefinition("tabMain", "Main tab", List.of("title", "hideInNav")),
                new TabDefinition("tabMeta", "Metadata", List.of("keywords")));
    }

    @Test
    void fieldExamplesCompositeAndMultiFieldsKeepTheirInnerFields() throws DefinitionException {
        DialogDefinition grouping = Fixtures.load("field-examples")
                .dialog("field-examples:components/grouping-fields").orElseThrow();

        assertThat(grouping.fields()).extracting(FieldDefinition::name).containsExactly("composite",
                "assignedSegments", "assets", "multi");
        assertThat(grouping.fields().get(0).children()).extracting(FieldDefinition::name).containsExactly("city",
                "country");
        FieldDefinition multi = grouping.fields().get(3);
        assertThat(multi.supported()).isTrue();
        assertThat(multi.options()).containsEntry("maxItems", 5L);
        assertThat(multi.children()).singleElement().satisfies(composite -> {
            assertThat(composite.type()).isEqualTo("compositeField");
            assertThat(composite.children()).extracting(FieldDefinition::name).containsExactly("street", "zip");
        });
    }

    @Test
    void customFieldClassWarnsAndEditsAsPlainTextWhileMagnoliaClassesMapToTheirAlias()
            throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("custom-field-class");

        assertThat(registry.warnings()).extracting(DefinitionWarningsTest::location).containsExactly(
                warning("shop/dialogs/components/teaser.yaml", 4, "form.properties.fancy.class"));
        assertThat(registry.warnings().get(0).message()).contains("com.example.ui.FancyFieldDefinition");
        assertThat(registry.dialog("shop:components/teaser").orElseThrow().fields())
                .extracting(FieldDefinition::type, FieldDefinition::supported)
                .containsExactly(tuple("FancyFieldDefinition", false), tuple("dateField", true));
    }

    private static org.assertj.core.groups.Tuple location(DefinitionProblem p) {
        return tuple(p.severity(), p.file(), p.line(), p.key());
    }
}
