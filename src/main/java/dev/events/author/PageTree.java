package dev.events.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;
import dev.events.content.PageProperties;
import dev.events.content.PublicationStatus;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;
import dev.events.publish.EventWorkflowState;
import dev.events.render.Messages;

/** Reads the author page tree for {@code /author/pages}, and the page templates integrators choose from. */
final class PageTree {

    private final Repositories repositories;
    private final DefinitionRegistry definitions;
    private final Messages messages;

    PageTree(Repositories repositories, DefinitionRegistry definitions, Messages messages) {
        this.repositories = repositories;
        this.definitions = definitions;
        this.messages = messages;
    }

    /** @return the top pages, each with its subpages */
    List<PageRow> rows() throws RepositoryException {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            return rows(website.getRootNode());
        } finally {
            website.logout();
        }
    }

    private List<PageRow> rows(Node parent) throws RepositoryException {
        List<Node> pages = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType(NodeTypes.PAGE)) {
                pages.add(child);
            }
        }
        List<PageRow> rows = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Node page = pages.get(i);
            rows.add(new PageRow(page.getPath(), page.getName(), text(page, PageProperties.TITLE, page.getName()),
                    templateTitle(text(page, NodeTypes.TEMPLATE, "")), page.getDepth(),
                    PublicationStatus.of(page).value(), EventWorkflowState.of(page), i == 0, i == pages.size() - 1,
                    rows(page)));
        }
        return rows;
    }

    /** @return the page templates that are not hidden ({@code visible: false}), by title */
    List<TemplateChoice> templates() {
        return definitions.templates().values().stream().filter(t -> t.isPage() && t.visible())
                .map(t -> new TemplateChoice(t.id(), templateTitle(t.id())))
                .sorted((a, b) -> a.title().compareToIgnoreCase(b.title())).toList();
    }

    /** @return the title of a template, translated; its id when it has none or is unknown */
    String templateTitle(String id) {
        return definitions.template(id).map(TemplateDefinition::title).filter(t -> t != null && !t.isEmpty())
                .map(t -> messages.get(Locale.ENGLISH, t, List.of())).orElse(id);
    }

    private static String text(Node node, String name, String fallback) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : fallback;
    }
}
