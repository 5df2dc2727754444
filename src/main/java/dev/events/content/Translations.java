package dev.events.content;

import java.util.Locale;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

/**
 * How translated properties are read: {@code title} in French is {@code title_fr} when it has a non-blank
 * value, else {@code title}, the default language. Needs only {@code javax.jcr}.
 */
public final class Translations {

    private Translations() {
    }

    /** @return the property holding {@code name} in {@code locale}, or empty when neither exists */
    public static Optional<Property> property(Node node, String name, Locale locale) throws RepositoryException {
        String translated = name + "_" + locale.getLanguage();
        if (!locale.getLanguage().equals(EventProperties.LANGUAGES.get(0)) && node.hasProperty(translated)
                && !node.getProperty(translated).getString().isBlank()) {
            return Optional.of(node.getProperty(translated));
        }
        return node.hasProperty(name) ? Optional.of(node.getProperty(name)) : Optional.empty();
    }

    /** @return the text of {@code name} in {@code locale}, or empty */
    public static String text(Node node, String name, Locale locale) throws RepositoryException {
        Optional<Property> property = property(node, name, locale);
        return property.isPresent() ? property.get().getString() : "";
    }
}
