package dev.events.render;

import java.io.IOException;
import java.io.Writer;
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
            env.getOut().write("<!-- cms:page -->\n");
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
            if (node.hasNode(name)) {
                renderComponents(node.getNode(name), area, env.getOut());
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("Cannot read area " + name + ": " + e.getMessage(), e);
        }
    }

    private void renderComponents(Node area, AreaDefinition def, Writer out)
            throws RepositoryException, IOException, TemplateException {
        for (NodeIterator it = area.getNodes(); it.hasNext();) {
            Node component = it.nextNode();
            if (component.isNodeType(NodeTypes.COMPONENT)) {
                renderComponent(component, def.availableComponents(), out);
            }
        }
    }

    private void component(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loop,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        ContentMap content = (ContentMap) unwrap((TemplateModel) params.get("content"));
        try {
            renderComponent(content.getJCRNode(), null, env.getOut());
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
