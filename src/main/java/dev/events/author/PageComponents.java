package dev.events.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dev.events.content.NodeTypes;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.definition.AreaDefinition;
import dev.events.definition.DefinitionRegistry;
import dev.events.definition.DialogDefinition;
import dev.events.definition.TemplateDefinition;

/**
 * The components of a page's areas: added (only the area's {@code availableComponents}, named {@code 0},
 * {@code 00}, {@code 01}, ... as Magnolia names them), configured through their dialog, moved up and down, deleted.
 * Every change stamps the page as changed, so that a publication request made before it is not approved.
 */
final class PageComponents {

    private final WebsiteWrites writes;
    private final DefinitionRegistry definitions;
    private final Repositories repositories;
    private final EditorForms forms;

    PageComponents(WebsiteWrites writes, DefinitionRegistry definitions, Repositories repositories,
            EditorForms forms) {
        this.writes = writes;
        this.definitions = definitions;
        this.repositories = repositories;
        this.forms = forms;
    }

    /** @return the new component's name; its dialog's default values are stored with it */
    String add(String page, String area, String template, String user) throws Exception {
        return writes.run(website -> {
            Node pageNode = WebsiteWrites.page(website, page);
            AreaDefinition def = area(pageNode, area);
            if (template == null || !def.availableComponents().contains(template)) {
                throw new InputException("template", "'" + template + "' is not available in the area " + area
                        + "; choose one of " + String.join(", ", def.availableComponents()));
            }
            Node areaNode = areaNode(pageNode, area, user);
            int max = "noComponent".equals(def.type()) ? 0 : "single".equals(def.type()) ? 1
                    : def.maxComponents() == null ? Integer.MAX_VALUE : def.maxComponents();
            if (components(areaNode).size() >= max) {
                throw new InputException("template", "the area " + area + " takes at most " + max + " component"
                        + (max == 1 ? "" : "s"));
            }
            Node component = areaNode.addNode(uniqueName(areaNode), NodeTypes.COMPONENT);
            writes.created(component, pageNode, user);
            component.setProperty(NodeTypes.TEMPLATE, template);
            DialogForm form = form(template);
            DialogValues.write(component, defaults(form));
            return component.getName();
        });
    }

    /** Saves what the component's dialog holds. */
    void save(String page, String area, String name, EditorValues values, String user) throws Exception {
        writes.run(website -> {
            Node pageNode = WebsiteWrites.page(website, page);
            Node component = component(pageNode, area, name);
            Session events = repositories.author().login(Workspaces.EVENTS);
            try {
                DialogValues.write(component, DialogInput.check(form(templateOf(component)), values, events));
            } finally {
                events.logout();
            }
            writes.modified(component, pageNode, user);
            return null;
        });
    }

    /** Moves the component before the previous one ({@code up}) or after the next one ({@code down}). */
    void move(String page, String area, String name, String direction, String user) throws Exception {
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new InputException("direction", "must be up or down");
        }
        writes.run(website -> {
            Node pageNode = WebsiteWrites.page(website, page);
            Node component = component(pageNode, area, name);
            List<String> names = components(component.getParent());
            int at = names.indexOf(name) + ("up".equals(direction) ? -1 : 1);
            if (at >= 0 && at < names.size()) {
                String moving = "up".equals(direction) ? name : names.get(at);
                component.getParent().orderBefore(moving, "up".equals(direction) ? names.get(at) : name);
                writes.modified(component, pageNode, user);
            }
            return null;
        });
    }

    /** Deletes the component. */
    void delete(String page, String area, String name, String user) throws Exception {
        writes.run(website -> {
            Node pageNode = WebsiteWrites.page(website, page);
            Node component = component(pageNode, area, name);
            Node areaNode = component.getParent();
            component.remove();
            writes.modified(areaNode, pageNode, user);
            return null;
        });
    }

    /** @return the dialog of a component template; a template without a dialog has an empty one */
    DialogForm form(String template) {
        DialogDefinition dialog = definitions.template(template).map(TemplateDefinition::dialog)
                .flatMap(definitions::dialog).orElse(new DialogDefinition("", template, List.of(), List.of()));
        return DialogForm.of(dialog, forms);
    }

    /** @return the component at the address, else a 404 */
    Node component(Node page, String area, String name) throws RepositoryException {
        area(page, area);
        String path = area + "/" + name;
        if (!page.hasNode(path) || !page.getNode(path).isNodeType(NodeTypes.COMPONENT)) {
            throw new WebsiteWrites.NotFoundPage("There is no component " + page.getPath() + "/" + path + ".");
        }
        return page.getNode(path);
    }

    /** @return the area's definition in the page's template, else a 404 */
    AreaDefinition area(Node page, String area) throws RepositoryException {
        String path = page.getPath();
        return definitions.template(templateOf(page)).map(t -> t.areas().get(area)).orElseThrow(() ->
                new WebsiteWrites.NotFoundPage("The template of " + path + " has no area " + area + "."));
    }

    /**
     * Magnolia's next free name: {@code 0}, then {@code 00}, {@code 01}, ... {@code 09}, {@code 010}, ... (the
     * digits after the first {@code 0} count up), the first that is not taken.
     */
    static String uniqueName(Node area) throws RepositoryException {
        String name = "0";
        for (int n = 0; area.hasNode(name); n++) {
            name = "0" + n;
        }
        return name;
    }

    static String templateOf(Node node) throws RepositoryException {
        return node.hasProperty(NodeTypes.TEMPLATE) ? node.getProperty(NodeTypes.TEMPLATE).getString() : "";
    }

    private Node areaNode(Node page, String area, String user) throws RepositoryException {
        if (page.hasNode(area)) {
            return page.getNode(area);
        }
        Node node = page.addNode(area, NodeTypes.AREA);
        writes.created(node, page, user);
        return node;
    }

    private static List<String> components(Node area) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (NodeIterator it = area.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType(NodeTypes.COMPONENT)) {
                names.add(child.getName());
            }
        }
        return names;
    }

    /** @return the dialog's default values that pass its checks, as stored values */
    private static Map<String, Object> defaults(DialogForm form) throws RepositoryException {
        Map<String, Object> defaults = new java.util.LinkedHashMap<>();
        EditorValues values = EditorValues.defaults(form.tabs());
        for (EditorField field : form.fields().values()) {
            if (field.defaultValue().isEmpty() || form.kind(field) == DialogForm.Kind.EVENT_LINK) {
                continue;
            }
            try {
                DialogForm single = new DialogForm(form.definition(), form.title(),
                        List.of(new EditorTab("d", "", List.of(field))));
                defaults.putAll(DialogInput.check(single, values, null));
            } catch (InputException invalidDefault) {
                // a default the dialog itself would refuse is left for the integrator to fill in
            }
        }
        return defaults;
    }
}
