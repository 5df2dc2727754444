package dev.events.definition;

import static dev.events.definition.Fixtures.error;
import static dev.events.definition.Fixtures.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionErrorsTest {

    @Test
    void yamlSyntaxErrorIsReportedAtTheLineOfTheBrokenScalar() {
        List<DefinitionProblem> errors = errors("syntax-error");

        assertThat(errors).extracting(this::location)
                .contains(error("shop/templates/pages/home.yaml", 3, ""));
        assertThat(errors.get(errors.size() - 1).message()).startsWith("YAML syntax error").contains("quoted scalar");
    }

    @Test
    void problemsOfEveryFileAreCollectedBeforeTheStartStops() {
        assertThat(errors("syntax-error")).extracting(this::location).containsExactly(
                error("shop/templates/components/teaser.yaml", 4, "visibel"),
                error("shop/templates/pages/home.yaml", 3, ""));
    }

    @Test
    void unknownKeyIsAnErrorWithFileLineAndSuggestion() {
        List<DefinitionProblem> errors = errors("unknown-key");

        assertThat(errors).extracting(this::location).containsExactly(
                error("shop/dialogs/components/teaser.yaml", 6, "form.properties.headline.lable"),
                error("shop/templates/pages/home.yaml", 1, "titel"),
                error("shop/templates/pages/home.yaml", 6, "areas.main.availabelComponents"));
        assertThat(errors).extracting(DefinitionProblem::message).containsExactly(
                "unknown key 'lable' in field; did you mean 'label'?",
                "unknown key 'titel' in template; did you mean 'title'?",
                "unknown key 'availabelComponents' in area; did you mean 'availableComponents'?");
    }

    @Test
    void missingRequiredKeysAreErrorsAtTheEnclosingMap() {
        assertThat(errors("missing-required")).extracting(this::location).containsExactly(
                error("shop/contentTypes/empty.yaml", 3, "model.properties"),
                error("shop/contentTypes/product.yaml", 1, "datasource.workspace"),
                error("shop/contentTypes/product.yaml", 6, "model.properties[1].name"),
                error("shop/dialogs/components/teaser.yaml", 3, "form.properties.headline.$type"),
                error("shop/module.yaml", 1, "version"),
                error("shop/templates/pages/home.yaml", 1, "templateScript"),
                error("shop/templates/pages/plain.yaml", 1, "renderType"));
    }

    @Test
    void templateNamingAMissingDialogIsABrokenReference() {
        assertThat(errors("broken-dialog-ref")).singleElement().satisfies(p -> {
            assertThat(location(p)).isEqualTo(error("shop/templates/components/teaser.yaml", 4, "dialog"));
            assertThat(p.message()).contains("broken reference", "shop:components/teasr",
                    "did you mean 'shop:components/teaser'?");
        });
    }

    @Test
    void areaAllowingAMissingComponentIsABrokenReference() {
        assertThat(errors("broken-area-ref")).singleElement().satisfies(p -> {
            assertThat(location(p)).isEqualTo(error("shop/templates/pages/home.yaml", 10,
                    "areas.main.availableComponents.banner.id"));
            assertThat(p.message()).contains("no component template 'shop:components/banner'");
        });
    }

    @Test
    void unknownFieldTypeIsAnErrorNamingTheClosestType() {
        assertThat(errors("unknown-field-type")).singleElement().satisfies(p -> {
            assertThat(location(p)).isEqualTo(error("shop/dialogs/components/teaser.yaml", 5,
                    "form.properties.headline.$type"));
            assertThat(p.message()).isEqualTo("unknown field type 'textFeild'; did you mean 'textField'?");
        });
    }

    @Test
    void appOfAnUnknownContentTypeAndAnUnknownPropertyTypeAreErrors() {
        List<DefinitionProblem> errors = errors("content-app-broken");

        assertThat(errors).extracting(this::location).containsExactly(
                error("shop/apps/products.yaml", 1, "!content-type"),
                error("shop/contentTypes/product.yaml", 7, "model.properties.price.type"));
        assertThat(errors.get(0).message()).contains("no content type 'shop:prodcut'", "'shop:product'");
        assertThat(errors.get(1).message()).contains("'Money'", "neither a scalar type");
    }

    @Test
    void missingIncludeFileIsAnErrorAtTheInclude() {
        assertThat(errors("include-missing")).singleElement().satisfies(p -> {
            assertThat(location(p)).isEqualTo(error("shop/dialogs/components/teaser.yaml", 4,
                    "form.properties.headline"));
            assertThat(p.message()).contains("'/shop/includes/fields/nope.yaml' does not exist");
        });
    }

    @Test
    void unknownYamlTagIsAnError() {
        assertThat(errors("unknown-tag")).singleElement().satisfies(p -> {
            assertThat(location(p)).isEqualTo(error("shop/dialogs/components/teaser.yaml", 3,
                    "form.properties.headline"));
            assertThat(p.message()).contains("unknown YAML tag '!inclde:");
        });
    }

    @Test
    void tabNamingAFieldMissingFromThePropertiesIsAnError() {
        assertThat(errors("tab-missing-field")).singleElement().satisfies(p -> {
            assertThat(location(p)).isEqualTo(error("shop/dialogs/pages/home.yaml", 11,
                    "form.layout.tabs.main.fields[1]"));
            assertThat(p.message()).contains("'titel'", "did you mean 'title'?");
        });
    }

    @Test
    void exceptionMessageListsEveryError() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Fixtures.load("missing-required")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("ERROR shop/module.yaml:1 [version]")
                .hasMessageContaining("ERROR shop/templates/pages/plain.yaml:1 [renderType]");
    }

    private org.assertj.core.groups.Tuple location(DefinitionProblem p) {
        return org.assertj.core.groups.Tuple.tuple(p.severity(), p.file(), p.line(), p.key());
    }
}
