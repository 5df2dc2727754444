package dev.events.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import dev.events.content.NodeTypes;
import dev.events.definition.AreaDefinition;
import dev.events.definition.TemplateDefinition;

/** {@code cms}: the directives {@code [@cms.page/]}, {@code [@cms.area name="main"/]} and {@code [@cms.component/]}. */
final class Directives {

    private static final Logger log = LoggerFactory.getLogger(Directives.class);
    private final RenderScope scope;

    Directives(RenderScope scope) {
        this.scope = scope;
    }

    /** @return the directives by name, as the {@code cms} object */
    Map<String, Object> asModel() {
        return Map.of("page", (TemplateDirectiveModel) this::page, "area", (TemplateDirectiveModel) this::area,
                "component", (TemplateDirectiveModel) this::component);
    }

    private void page(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loop,
            TemplateDirectiveBody body) throws IOException {
        if (scope.request().editMode()) {
            env.getOut().write("<!-- cms:page -->\n" + scope.chrome().head());
        }
    }

    private void area(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loop,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        String name = string(params, "name");
        TemplateDefinition page = (TemplateDefinition) unwrap(env.getDataModel().get("def"));
        AreaDefinition area = Optional.ofNullable(page.areas().get(name)).orElseThrow(() ->
                new TemplateModelException("Area '" + name + "' is not defined in template " + page.id()));
        ContentMap content = (ContentMap) unwrap(env.getDataModel().get("content"));
        try {
            Node node = content.getJCRNode();
            List<Node> components = node.hasNode(name) ? components(node.getNode(name)) : List.of();
            env.getOut().write(scope.chrome().areaStart(node, area, components.size()));
            for (int i = 0; i < components.size(); i++) {
                wrapped(components.get(i), i, components.size(), area.availableComponents(), env.getOut());
            }
            env.getOut().write(scope.chrome().areaEnd(node, area));
        } catch (RepositoryException e) {
            throw new TemplateModelException("Cannot read area " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<Node> components(Node area) throws RepositoryException {
        List<Node> components = new ArrayList<>();
        for (NodeIterator it = area.getNodes(); it.hasNext();) {
            Node component = it.nextNode();
            if (component.isNodeType(NodeTypes.COMPONENT)) {
                components.add(component);
            }
        }
        return components;
    }

    /** Renders a component inside the page editor's toolbar (nothing outside edit mode). */
    private void wrapped(Node component, int index, int size, List<String> allowed, Writer out)
            throws RepositoryException, IOException, TemplateException {
        out.write(scope.chrome().componentStart(component, index, size));
        renderComponent(component, allowed, out);
        out.write(scope.chrome().componentEnd(component));
    }

    private void component(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loop,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        ContentMap content = (ContentMap) unwrap((TemplateModel) params.get("content"));
        try {
            Node node = content.getJCRNode();
            List<String> siblings = new ArrayList<>();
            for (Node sibling : components(node.getParent())) {
                siblings.add(sibling.getName());
            }
            wrapped(node, siblings.indexOf(node.getName()), siblings.size(), null, env.getOut());
        } catch (RepositoryException e) {
            throw new TemplateModelException("Cannot read component: " + e.getMessage(), e);
        }
    }

    private void renderComponent(Node component, List<String> allowed, Writer out)
            throws RepositoryException, IOException, TemplateException {
        String id = component.hasProperty(NodeTypes.TEMPLATE)
                ? component.getProperty(NodeTypes.TEMPLATE).getString() : "";
        Optional<TemplateDefinition> def = scope.definitions().template(id);
        if (def.isEmpty() || (allowed != null && !allowed.contains(id))) {
            // a component whose template is gone or not allowed here must not take the page down
            log.warn("Skipping component {}: template '{}' is unknown or not available in its area",
                    component.getPath(), id);
            return;
        }
        scope.render(def.get(), new ContentMap(component, scope.request().locale()), out);
    }

    private static String string(@SuppressWarnings("rawtypes") Map params, String name) throws TemplateModelException {
        Object value = unwrap((TemplateModel) params.get(name));
        if (value == null) {
            throw new TemplateModelException("The directive needs the parameter '" + name + "'");
        }
        return value.toString();
    }

    private static Object unwrap(TemplateModel model) throws TemplateModelException {
        return model == null ? null : DeepUnwrap.unwrap(model);
    }
}
