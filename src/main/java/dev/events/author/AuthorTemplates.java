package dev.events.author;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The author UI's own FreeMarker templates (in the jar, not in a light module: the author UI is the runtime's),
 * HTML auto-escaped like the site's.
 */
public final class AuthorTemplates {

    private final Configuration config = new Configuration(Configuration.VERSION_2_3_34);

    public AuthorTemplates() {
        config.setTemplateLoader(new ClassTemplateLoader(AuthorTemplates.class, "templates"));
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        config.setDefaultEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(freemarker.ext.beans.BeansWrapper.EXPOSE_SAFE);
        config.setObjectWrapper(wrapper.build());
    }

    /** @return the HTML of template {@code name} ({@code login.ftl}) for the model */
    public String render(String name, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(name).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Cannot render the author page " + name, e);
        }
    }
}
