package dev.events.author;

import java.util.Set;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.definition.DefinitionRegistry;
import dev.events.definition.TemplateDefinition;

/**
 * The rules of page names, which are URL segments: lower-case letters, digits and single hyphens, as
 * {@link Slugs} makes them; unique among the parent's children; never an action word of the page editor's
 * addresses, an area name of the parent's template (areas are children of the page too), nor, at the top, the
 * first segment of another address of the site.
 */
final class PageNames {

    /** Words of the page editor's addresses ({@link PageAddress}). */
    static final Set<String> RESERVED = Set.of("new", "areas", "components", "properties", "rename", "move",
            "order", "delete", "request-publication", "request-unpublication");
    /** First segments the site answers itself: the author UI, files, health, the French prefix. */
    private static final Set<String> TOP_RESERVED = Set.of("author", "dam", "health", "fr");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 60;

    private PageNames() {
    }

    /**
     * @param parent the page (or the root) the name is for
     * @param self   the page being renamed or moved, which may keep its name; null for a new page
     * @throws InputException naming {@code input} when the name is refused
     */
    static void check(String input, String name, Node parent, Node self, DefinitionRegistry definitions)
            throws InputException, RepositoryException {
        if (name == null || name.isBlank()) {
            throw new InputException(input, "is required");
        }
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
            throw new InputException(input, "use lower-case letters, digits and single hyphens (at most "
                    + MAX_LENGTH + "), such as " + Slugs.of(name));
        }
        boolean top = parent.getDepth() == 0;
        if (RESERVED.contains(name) || top && TOP_RESERVED.contains(name) || areaNames(parent, definitions)
                .contains(name)) {
            throw new InputException(input, "'" + name + "' is reserved here; choose another name");
        }
        if (parent.hasNode(name) && (self == null || !parent.getNode(name).isSame(self))) {
            throw new InputException(input, "there is already a page " + child(parent, name) + "; choose another name");
        }
    }

    private static Set<String> areaNames(Node parent, DefinitionRegistry definitions) throws RepositoryException {
        if (!parent.hasProperty(dev.events.content.NodeTypes.TEMPLATE)) {
            return Set.of();
        }
        return definitions.template(parent.getProperty(dev.events.content.NodeTypes.TEMPLATE).getString())
                .map(TemplateDefinition::areas).map(areas -> areas.keySet()).orElse(Set.of());
    }

    /** @return the path of a child of the parent */
    static String child(Node parent, String name) throws RepositoryException {
        return (parent.getDepth() == 0 ? "" : parent.getPath()) + "/" + name;
    }
}
