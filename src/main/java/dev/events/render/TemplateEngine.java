package dev.events.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker as Magnolia runs it (square-bracket tags detected from the script, template scripts addressed by
 * {@code /module/templates/...}), with HTML auto-escaping on every template and nothing that reaches into Java
 * ({@code ?new} and {@code ?api} are off, only safe bean methods are exposed).
 */
public final class TemplateEngine {

    private final Configuration config = new Configuration(Configuration.VERSION_2_3_34);

    /** @param lightModules the light-modules directory scripts are resolved in */
    public TemplateEngine(Path lightModules) throws IOException {
        config.setTemplateLoader(new FileTemplateLoader(lightModules.toFile()));
        config.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        config.setDefaultEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(freemarker.ext.beans.BeansWrapper.EXPOSE_SAFE);
        config.setObjectWrapper(wrapper.build());
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
