package dev.events.site;

import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.content.EventCatalog;
import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;
import dev.events.render.EditChrome;
import dev.events.render.PageRenderer;
import dev.events.render.RenderRequest;

/**
 * Renders an author page for the page editor: its own template, as the public site would render it once
 * published, with the editor's chrome. The page and its components come from the author repository; the events
 * its components show are the published ones, read as the public site reads them.
 */
public final class PagePreview {

    private final SitePages pages;

    public PagePreview(Repositories repositories, DefinitionRegistry definitions, PageRenderer renderer,
            EventCatalog catalog) {
        this.pages = new SitePages(repositories, definitions, renderer, catalog);
    }

    /**
     * @param page    an author {@code mgnl:page}
     * @param request an edit-mode request ({@link RenderRequest#editMode()}); its uri is the editor's address
     * @param chrome  what the editor adds around areas and components
     * @return the HTML of the page
     * @throws IllegalStateException when the page's template is unknown
     */
    public String render(Node page, RenderRequest request, EditChrome chrome) throws Exception {
        TemplateDefinition template = pages.template(templateId(page));
        // detail links lead to the public detail pages: below the page when it is an events page
        String eventsPage = PublicSite.EVENTS_PAGE_TEMPLATE.equals(template.id()) ? page.getPath()
                : PublicSite.EVENTS_PAGE;
        return pages.render(page, template, request, eventsPage, Map.of(EditChrome.KEY, chrome));
    }

    private static String templateId(Node page) throws RepositoryException {
        return page.hasProperty(NodeTypes.TEMPLATE) ? page.getProperty(NodeTypes.TEMPLATE).getString() : "";
    }
}
