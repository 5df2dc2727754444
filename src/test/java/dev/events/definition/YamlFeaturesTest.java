package dev.events.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlFeaturesTest {

    @Test
    void includeAsMapValueIsOverriddenByTheKeysAfterIt() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("include");

        assertThat(registry.warnings()).isEmpty();
        List<FieldDefinition> fields = registry.dialog("shop:components/teaser").orElseThrow().fields();
        assertThat(fields).extracting(FieldDefinition::name, FieldDefinition::type, FieldDefinition::label,
                FieldDefinition::i18n).containsExactly(tuple("headline", "textField", "Teaser headline", true),
                        tuple("image", "damLinkField", "Image", false));
        assertThat(fields.get(0).options()).containsEntry("maxLength", 80L);
    }

    @Test
    void includeAsListItemAddsTheIncludedField() throws DefinitionException {
        DialogDefinition card = Fixtures.load("include").dialog("shop:components/card").orElseThrow();

        assertThat(card.fields()).extracting(FieldDefinition::name).containsExactly("image", "caption");
    }

    @Test
    void includesFolderIsNotReadAsDefinitions() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("include");

        assertThat(registry.dialogs()).containsOnlyKeys("shop:components/teaser", "shop:components/card");
    }

    @Test
    void contentTypePropertiesAsListOrMapAreTheSame() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("list-vs-map");

        ContentTypeDefinition listed = registry.contentType("shop:listed").orElseThrow();
        ContentTypeDefinition mapped = registry.contentType("shop:mapped").orElseThrow();
        assertThat(mapped.properties()).isEqualTo(listed.properties()).containsExactly(
                new PropertyDefinition("title", "String", true, false, true),
                new PropertyDefinition("price", "Double", false, false, false),
                new PropertyDefinition("tags", "String", false, true, false));
    }

    @Test
    void dialogPropertiesAsListOrMapAreTheSame() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("list-vs-map");

        List<FieldDefinition> listed = registry.dialog("shop:components/listed").orElseThrow().fields();
        List<FieldDefinition> mapped = registry.dialog("shop:components/mapped").orElseThrow().fields();
        assertThat(mapped).isEqualTo(listed).extracting(FieldDefinition::name).containsExactly("title", "visible");
    }

    @Test
    void contentAppRefersToItsContentTypeAndReferencesResolve() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("content-app");

        assertThat(registry.apps().get("shop:products").contentType()).isEqualTo("shop:product");
        ContentTypeDefinition product = registry.contentType("shop:product").orElseThrow();
        assertThat(product.workspace()).isEqualTo("products");
        assertThat(product.properties()).extracting(PropertyDefinition::type).containsExactly("String",
                "reference:category", "variant");
        assertThat(product.subModels()).extracting(SubModelDefinition::name).containsExactly("variant");
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void anchorsAliasesMergeKeysAndOverrideWork() throws DefinitionException {
        DefinitionRegistry registry = Fixtures.load("yaml-features");

        DialogDefinition teaser = registry.dialog("shop:components/teaser").orElseThrow();
        assertThat(teaser.fields()).extracting(FieldDefinition::name, FieldDefinition::type, FieldDefinition::label,
                FieldDefinition::i18n).containsExactly(tuple("headline", "textField", null, true),
                        tuple("subline", "textField", "Subline", true), tuple("body", "textField", null, true));
        assertThat(teaser.tabs()).singleElement().extracting(TabDefinition::fields)
                .isEqualTo(List.of("headline", "subline", "body"));
        assertThat(registry.warnings()).isEmpty();
    }
}
