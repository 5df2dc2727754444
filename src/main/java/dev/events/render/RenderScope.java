package dev.events.render;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import freemarker.template.TemplateException;

import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;

/**
 * Everything one request renders with: the objects every script sees ({@code ctx}, {@code state},
 * {@code i18n}, {@code cmsfn}, {@code cms}, {@code eventfn}) and the way to render one definition with its
 * own {@code content} and {@code def}.
 */
final class RenderScope {

    private final TemplateEngine engine;
    private final DefinitionRegistry definitions;
    private final RenderRequest request;
    private final Map<String, Object> shared = new HashMap<>();
    private EditChrome chrome = EditChrome.NONE;

    RenderScope(TemplateEngine engine, DefinitionRegistry definitions, RenderRequest request) {
        this.engine = engine;
        this.definitions = definitions;
        this.request = request;
    }

    /** Adds an object every script sees; the page editor's {@link EditChrome#KEY} is kept for the directives. */
    RenderScope with(String name, Object value) {
        if (EditChrome.KEY.equals(name) && value instanceof EditChrome editChrome) {
            chrome = editChrome;
        } else {
            shared.put(name, value);
        }
        return this;
    }

    /** @return the page editor's chrome in edit mode; nothing outside it, whatever was handed in */
    EditChrome chrome() {
        return request.editMode() ? chrome : EditChrome.NONE;
    }

    DefinitionRegistry definitions() {
        return definitions;
    }

    RenderRequest request() {
        return request;
    }

    /** Renders a page or component script for {@code content}. */
    void render(TemplateDefinition def, ContentMap content, Writer out) throws IOException, TemplateException {
        Map<String, Object> model = new HashMap<>(shared);
        model.put("content", content);
        model.put("def", def);
        model.put("model", null);
        engine.render(def.templateScript(), model, out);
    }
}
