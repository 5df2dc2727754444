package dev.events.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * FreeMarker as Magnolia runs it (square-bracket tags detected from the script, template scripts addressed by
 * {@code /module/templates/...}), with HTML auto-escaping on every template and nothing that reaches into Java
 * (see {@link SafeFreeMarker}).
 */
public final class TemplateEngine {

    private final Configuration config;

    /** @param lightModules the light-modules directory scripts are resolved in */
    public TemplateEngine(Path lightModules) throws IOException {
        config = SafeFreeMarker.configuration(new FileTemplateLoader(lightModules.toFile()),
                Configuration.AUTO_DETECT_TAG_SYNTAX);
    }

    /**
     * Renders a script with a data model.
     *
     * @param script the {@code templateScript} of a definition, e.g. {@code /events/templates/pages/x.ftl}
     */
    public void render(String script, Map<String, Object> model, Writer out) throws IOException, TemplateException {
        String name = script.startsWith("/") ? script.substring(1) : script;
        config.getTemplate(name).process(model, out);
    }
}
