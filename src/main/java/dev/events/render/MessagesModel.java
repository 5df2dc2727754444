package dev.events.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/** {@code i18n} in templates: {@code ${i18n['key']}}, {@code ${i18n.get('key', arg)}} or {@code ${i18n('key')}}. */
final class MessagesModel implements TemplateHashModel, TemplateMethodModelEx {

    private final Messages messages;
    private final Locale locale;

    MessagesModel(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public TemplateModel get(String key) {
        return "get".equals(key) ? this : new SimpleScalar(messages.get(locale, key, List.of()));
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("i18n.get needs a key");
        }
        List<Object> args = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            args.add(DeepUnwrap.unwrap((TemplateModel) argument));
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        return new SimpleScalar(messages.get(locale, key, args));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
