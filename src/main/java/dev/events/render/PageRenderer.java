package dev.events.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import javax.jcr.Node;

import freemarker.template.TemplateException;

import dev.events.config.SiteSettings;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;

/** Renders a page template for a node, with the full Magnolia template context. */
public final class PageRenderer {

    private final TemplateEngine engine;
    private final DefinitionRegistry definitions;
    private final Messages messages;
    private final SiteSettings settings;

    /** @param settings the site's public address, for {@code pagefn}'s absolute addresses */
    public PageRenderer(TemplateEngine engine, DefinitionRegistry definitions, Messages messages,
            SiteSettings settings) {
        this.engine = engine;
        this.definitions = definitions;
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * @param content the page (or, for a detail page, the event) the URL names
     * @param eventfn the event functions for this request
     * @param extra   further objects for the script, e.g. {@code error} for the error page
     * @return the HTML
     */
    public String render(Node content, TemplateDefinition def, RenderRequest request,
            EventTemplatingFunctions eventfn, Map<String, Object> extra) throws IOException, TemplateException {
        ContentMap main = new ContentMap(content, request.locale());
        AggregationState state = new AggregationState(request, main);
        RenderScope scope = new RenderScope(engine, definitions, request);
        scope.with("ctx", new WebContext(request, state)).with("state", state)
                .with("i18n", new MessagesModel(messages, request.locale()))
                .with("cmsfn", new TemplatingFunctions(request)).with("eventfn", eventfn)
                .with("pagefn", new PageFunctions(request, settings))
                .with("cms", new Directives(scope).asModel());
        extra.forEach(scope::with);
        StringWriter out = new StringWriter();
        scope.render(def, main, out);
        return out.toString();
    }
}
