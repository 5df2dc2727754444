package dev.events.author;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address below {@code /author/pages}: the page's path, then what to do with it. Page names can never be one
 * of the action words ({@link PageNames#RESERVED}), so the first action word ends the path.
 *
 * <pre>
 * /pages                                        the page tree
 * /pages/new                                    add a page (POST)
 * /pages/a/b                                    the page editor of /a/b
 * /pages/a/b/properties|rename|move|order|delete|request-publication|request-unpublication
 * /pages/a/b/areas/main/add                     add a component to the area (POST)
 * /pages/a/b/areas/main/components/01           the component's dialog
 * /pages/a/b/areas/main/components/01/move|delete
 * </pre>
 *
 * @param page      the page's path ({@code /a/b}), empty for the tree and for {@code new}
 * @param action    empty for the tree or the editor; an action word; {@code add} or {@code component},
 *                  {@code component-move}, {@code component-delete} for areas
 * @param area      the area's name, or empty
 * @param component the component's name, or empty
 */
record PageAddress(String page, String action, String area, String component) {

    static final Set<String> PAGE_ACTIONS = Set.of("properties", "rename", "move", "order", "delete",
            "request-publication", "request-unpublication");
    private static final Pattern PAGE = Pattern.compile("((?:/[a-z0-9]+(?:-[a-z0-9]+)*)+?)");
    private static final Pattern ADDRESS = Pattern.compile("/pages" + PAGE + "(?:/(" + String.join("|",
            PAGE_ACTIONS) + ")|/areas/([A-Za-z0-9_-]+)/(?:(add)|components/([0-9]+)(?:/(move|delete))?))?");

    /** @param path the path below {@code /author}; @return the address, or empty when it names no page action */
    static Optional<PageAddress> parse(String path) {
        if (path.equals("/pages") || path.equals("/pages/")) {
            return Optional.of(new PageAddress("", "", "", ""));
        }
        if (path.equals("/pages/new")) {
            return Optional.of(new PageAddress("", "new", "", ""));
        }
        Matcher m = ADDRESS.matcher(path);
        if (!m.matches() || containsReserved(m.group(1))) {
            return Optional.empty();
        }
        if (m.group(3) == null) {
            return Optional.of(new PageAddress(m.group(1), m.group(2) == null ? "" : m.group(2), "", ""));
        }
        String action = m.group(4) != null ? "add" : m.group(6) == null ? "component" : "component-" + m.group(6);
        return Optional.of(new PageAddress(m.group(1), action, m.group(3), m.group(5) == null ? "" : m.group(5)));
    }

    private static boolean containsReserved(String page) {
        for (String segment : page.substring(1).split("/")) {
            if (PageNames.RESERVED.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /** @return the page editor's address of the page */
    String editor() {
        return AuthorServlet.BASE + "/pages" + page;
    }
}
