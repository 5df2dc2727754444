package dev.events.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;

/**
 * The one FreeMarker configuration of the project, for site and author templates alike: HTML auto-escaping,
 * UTF-8, failures that surface instead of half-rendered pages, and nothing that reaches into Java ({@code ?new}
 * and {@code ?api} are off, only safe bean methods are exposed).
 */
public final class SafeFreeMarker {

    private SafeFreeMarker() {
    }

    /**
     * @param loader    where templates come from
     * @param tagSyntax {@link Configuration#AUTO_DETECT_TAG_SYNTAX} (Magnolia's) or a fixed syntax
     */
    public static Configuration configuration(TemplateLoader loader, int tagSyntax) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        config.setTagSyntax(tagSyntax);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        config.setDefaultEncoding("UTF-8");
        // ?url percent-encodes as UTF-8, as every address of the site is (without it, ?url fails to render)
        config.setURLEscapingCharset("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        config.setObjectWrapper(wrapper.build());
        return config;
    }
}
