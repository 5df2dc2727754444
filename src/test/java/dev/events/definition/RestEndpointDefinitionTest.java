package dev.events.definition;

import static dev.events.definition.Fixtures.error;
import static dev.events.definition.Fixtures.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** REST endpoint definitions ({@code restEndpoints/**.yaml}): paths, defaults, references and their checks. */
class RestEndpointDefinitionTest {

    @Test
    void theEndpointPathComesFromTheFileOrFromEndpointPath() throws Exception {
        DefinitionRegistry registry = Fixtures.load("rest-endpoints");

        assertThat(registry.restEndpoints().get("shop:delivery/products").endpointPath()).isEqualTo("delivery/products");
        assertThat(registry.restEndpoints().get("shop:stories_v2").endpointPath()).isEqualTo("stories/v2");
        assertThat(registry.restEndpoints().get("shop:custom").endpointPath()).isEqualTo("api/shop");
    }

    @Test
    void keysAreReadAndMissingOnesTakeMagnoliasDefaults() throws Exception {
        DefinitionRegistry registry = Fixtures.load("rest-endpoints");

        RestEndpointDefinition products = registry.restEndpoints().get("shop:delivery/products");
        assertThat(products.isDeliveryEndpoint()).isTrue();
        assertThat(products).extracting(RestEndpointDefinition::workspace, RestEndpointDefinition::depth,
                RestEndpointDefinition::limit, RestEndpointDefinition::includeSystemProperties,
                RestEndpointDefinition::bypassWorkspaceAcls).containsExactly("products", 2, 20, false, true);
        RestEndpointDefinition stories = registry.restEndpoints().get("shop:stories_v2");
        assertThat(stories).extracting(RestEndpointDefinition::rootPath, RestEndpointDefinition::nodeTypes,
                RestEndpointDefinition::childNodeTypes, RestEndpointDefinition::depth, RestEndpointDefinition::limit,
                RestEndpointDefinition::includeSystemProperties, RestEndpointDefinition::bypassWorkspaceAcls)
                .containsExactly("/", List.of("mgnl:content"), List.of("mgnl:contentNode"), 0, 10, true, false);
    }

    @Test
    void assetReferencesAreReadAndOtherResolversLoadWithAWarning() throws Exception {
        DefinitionRegistry registry = Fixtures.load("rest-endpoints");

        assertThat(registry.restEndpoints().get("shop:delivery/products").references()).singleElement()
                .extracting(RestEndpointDefinition.Reference::propertyName, RestEndpointDefinition.Reference::nodeType,
                        RestEndpointDefinition.Reference::expand, RestEndpointDefinition.Reference::assetMetadata)
                .containsExactly("image", "mgnl:content", true, false);
        assertThat(registry.restEndpoints().get("shop:custom").references()).isEmpty();
        assertThat(registry.warnings()).extracting(p -> List.of(p.severity(), p.file(), p.line(), p.key()))
                .containsExactly(List.of(DefinitionProblem.Severity.WARNING, "shop/restEndpoints/custom.yaml", 11,
                        "references[0].referenceResolver"));
        assertThat(registry.warnings().get(0).message()).contains("jcrReferenceResolver", "not supported");
    }

    @Test
    void badKeysAndValuesAreErrorsWithFileLineAndKey() {
        List<DefinitionProblem> errors = errors("rest-endpoint-errors");

        assertThat(errors).extracting(p -> error(p.file(), p.line(), p.key())).containsExactly(
                error("shop/restEndpoints/delivery/products.yaml", 3, "depht"),
                error("shop/restEndpoints/delivery/products.yaml", 4, "limit"),
                error("shop/restEndpoints/delivery/products.yaml", 5, "nodeTypes"),
                error("shop/restEndpoints/delivery/products.yaml", 6, "includeSystemProperties"),
                error("shop/restEndpoints/delivery/products.yaml", 8, "references[0].propertyName"),
                error("shop/restEndpoints/delivery/products.yaml", 11, "references[0].referenceResolver.expnad"),
                error("shop/restEndpoints/untyped.yaml", 1, "class"));
        assertThat(errors.get(0).message()).contains("did you mean 'depth'?");
    }

    @Test
    void theProjectsEventsEndpointLoadsWithoutWarnings() throws Exception {
        DefinitionRegistry registry = new LightModuleLoader().load(Path.of("light-modules"));

        RestEndpointDefinition events = registry.restEndpoints().get("events:delivery/events");
        assertThat(events.endpointPath()).isEqualTo("delivery/events");
        assertThat(events).extracting(RestEndpointDefinition::type, RestEndpointDefinition::workspace,
                RestEndpointDefinition::depth, RestEndpointDefinition::bypassWorkspaceAcls)
                .containsExactly("jcrDeliveryEndpoint_v2", "events", 2, true);
        assertThat(events.references()).extracting(RestEndpointDefinition.Reference::propertyName)
                .containsExactly("image", "asset");
        assertThat(registry.warnings()).isEmpty();
    }
}
