package dev.events.author;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.definition.AreaDefinition;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;
import dev.events.render.EditChrome;
import dev.events.render.Messages;

/**
 * The page editor's bars around areas and components, as plain forms posting with the session's CSRF token: per
 * area a bar to add one of its available components, per component a toolbar to edit (its dialog), move and
 * delete it. Read-only users get the labels without the forms.
 */
final class PageChrome implements EditChrome {

    private final AuthorTemplates templates;
    private final DefinitionRegistry definitions;
    private final Messages messages;
    private final String page;
    private final String csrf;
    private final boolean editable;
    private final Map<String, String> problems;

    /**
     * @param page     the page's path
     * @param problems the refusal of an add, by area name, shown in that area's bar
     */
    PageChrome(AuthorTemplates templates, DefinitionRegistry definitions, Messages messages, String page, String csrf,
            boolean editable, Map<String, String> problems) {
        this.templates = templates;
        this.definitions = definitions;
        this.messages = messages;
        this.page = page;
        this.csrf = csrf;
        this.editable = editable;
        this.problems = problems;
    }

    @Override
    public String head() {
        return "<link rel=\"stylesheet\" href=\"" + AuthorServlet.BASE + "/static/page-editor.css\">\n";
    }

    @Override
    public String areaStart(Node pageNode, AreaDefinition area, int size) {
        Map<String, Object> model = model();
        model.put("area", area.name());
        model.put("choices", area.availableComponents().stream().map(id -> List.of(id, title(id))).toList());
        int max = "noComponent".equals(area.type()) ? 0 : "single".equals(area.type()) ? 1
                : area.maxComponents() == null ? Integer.MAX_VALUE : area.maxComponents();
        model.put("full", size >= max);
        model.put("problem", problems.getOrDefault(area.name(), ""));
        return templates.render("chrome-area.ftl", model);
    }

    @Override
    public String areaEnd(Node pageNode, AreaDefinition area) {
        return "</section>\n";
    }

    @Override
    public String componentStart(Node component, int index, int size) throws RepositoryException {
        Map<String, Object> model = model();
        model.put("area", component.getParent().getName());
        model.put("name", component.getName());
        model.put("title", title(PageComponents.templateOf(component)));
        model.put("first", index == 0);
        model.put("last", index == size - 1);
        return templates.render("chrome-component.ftl", model);
    }

    @Override
    public String componentEnd(Node component) {
        return "</div>\n";
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("csrf", csrf);
        model.put("editable", editable);
        return model;
    }

    private String title(String template) {
        return definitions.template(template).map(TemplateDefinition::title).filter(t -> t != null && !t.isEmpty())
                .map(t -> messages.get(Locale.ENGLISH, t, List.of())).orElse(template);
    }
}
