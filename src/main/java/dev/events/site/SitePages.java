package dev.events.site;

import java.util.Map;

import javax.jcr.Node;

import dev.events.content.EventCatalog;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;
import dev.events.render.EventTemplatingFunctions;
import dev.events.render.PageRenderer;
import dev.events.render.RenderRequest;

/** Renders public pages: a template for a node, with {@code eventfn} reading the public repository only. */
final class SitePages {

    private final Repositories repositories;
    private final DefinitionRegistry definitions;
    private final PageRenderer renderer;
    private final EventCatalog catalog;

    SitePages(Repositories repositories, DefinitionRegistry definitions, PageRenderer renderer, EventCatalog catalog) {
        this.repositories = repositories;
        this.definitions = definitions;
        this.renderer = renderer;
        this.catalog = catalog;
    }

    /** @return the template with this id; a missing one is a broken installation */
    TemplateDefinition template(String id) {
        return definitions.template(id).orElseThrow(() -> new IllegalStateException("Unknown template " + id));
    }

    /**
     * @param eventsPage the path of the events page whose detail pages events link to, e.g. {@code /events}
     * @param extra      further objects for the script
     */
    String render(Node content, TemplateDefinition def, RenderRequest request, String eventsPage,
            Map<String, Object> extra) throws Exception {
        EventTemplatingFunctions eventfn = new EventTemplatingFunctions(catalog,
                () -> repositories.published().loginReadOnly(Workspaces.EVENTS), request.locale(), request.now(),
                request.prefix() + eventsPage, new QueryLinks(request), request.expiry());
        return renderer.render(content, def, request, eventfn, extra);
    }

    EventCatalog catalog() {
        return catalog;
    }

    Repositories repositories() {
        return repositories;
    }
}
