package dev.events.author;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;

import dev.events.render.SafeFreeMarker;

/**
 * The author UI's own FreeMarker templates (in the jar, not in a light module: the author UI is the runtime's),
 * HTML auto-escaped like the site's.
 */
public final class AuthorTemplates {

    private final Configuration config = SafeFreeMarker.configuration(
            new ClassTemplateLoader(AuthorTemplates.class, "templates"), Configuration.SQUARE_BRACKET_TAG_SYNTAX);

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
