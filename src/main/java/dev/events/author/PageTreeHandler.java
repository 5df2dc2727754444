package dev.events.author;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import jakarta.servlet.http.HttpServletRequest;

import dev.events.content.NodeTypes;
import dev.events.content.PageProperties;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;
import dev.events.security.Role;
import dev.events.security.User;

/**
 * {@code /author/pages}: the page tree with its forms (add, rename, move, up/down, delete). Each action is a form
 * POST that redirects back to the tree (or to the new page's editor); refused input answers 422 with the tree,
 * the author's input and the message of each faulty field.
 */
final class PageTreeHandler {

    private static final String TREE = AuthorServlet.BASE + "/pages";
    private final PageTree tree;
    private final PageOperations operations;
    private final Repositories repositories;
    private final AuthorTemplates templates;

    PageTreeHandler(PageTree tree, PageOperations operations, Repositories repositories, AuthorTemplates templates) {
        this.tree = tree;
        this.operations = operations;
        this.repositories = repositories;
        this.templates = templates;
    }

    /** GET {@code /author/pages}. */
    AuthorResponse tree(HttpServletRequest request, User user) throws Exception {
        return page(200, request, user, Map.of(), "", Map.of(), notice(request));
    }

    /** POST {@code /author/pages/new}: {@code parent}, {@code name}, {@code title}, {@code template}. */
    AuthorResponse add(HttpServletRequest request, User user) throws Exception {
        Map<String, String> input = input(request, "parent", "name", "title", "template");
        try {
            String path = operations.add(input.get("parent"), input.get("name"), input.get("title"),
                    input.get("template"), user.name());
            return AuthorResponse.redirect(TREE + path + "?added=1");
        } catch (InputException e) {
            return page(422, request, user, e.problems(), "new", input, "");
        }
    }

    /** POST {@code /author/pages/{path}/rename|move|order|delete}. */
    AuthorResponse act(HttpServletRequest request, User user, PageAddress address) throws Exception {
        String path = address.page();
        try {
            String done = switch (address.action()) {
                case "rename" -> "renamed=" + operations.rename(path, param(request, "name"), user.name());
                case "move" -> "moved=" + operations.move(path, param(request, "parent"), user.name());
                case "order" -> {
                    operations.order(path, param(request, "direction"), user.name());
                    yield "ordered=" + path;
                }
                default -> {
                    operations.delete(path);
                    yield "deleted=" + path;
                }
            };
            return AuthorResponse.redirect(TREE + "?" + done);
        } catch (InputException e) {
            return page(422, request, user, e.problems(), path, input(request, "name", "parent"), "");
        }
    }

    /** GET {@code /author/pages/{path}/delete}: what deleting the page would remove, and the button to do it. */
    AuthorResponse confirmDelete(HttpServletRequest request, User user, String path) throws Exception {
        Session website = repositories.author().login(Workspaces.WEBSITE);
        try {
            Node page = WebsiteWrites.page(website, path);
            Map<String, Object> model = new HashMap<>(Map.of("user", user, "csrf", AuthSession.csrfToken(request),
                    "path", path, "title", page.hasProperty(PageProperties.TITLE)
                            ? page.getProperty(PageProperties.TITLE).getString() : page.getName(),
                    "subpages", subpages(page),
                    "live", Optional.ofNullable(PageOperations.published(page)).orElse("")));
            return AuthorResponse.page(200, templates.render("page-delete.ftl", model));
        } finally {
            website.logout();
        }
    }

    private AuthorResponse page(int status, HttpServletRequest request, User user, Map<String, String> errors,
            String target, Map<String, String> values, String notice) throws Exception {
        Map<String, Object> model = new HashMap<>();
        List<PageRow> rows = tree.rows();
        model.put("user", user);
        model.put("csrf", AuthSession.csrfToken(request));
        model.put("editor", user.may(Role.EDITOR));
        model.put("rows", rows);
        model.put("parents", flatten(rows, new ArrayList<>()));
        model.put("templates", tree.templates());
        model.put("errors", errors);
        model.put("target", target);
        model.put("values", values);
        model.put("notice", notice);
        return AuthorResponse.page(status, templates.render("pages.ftl", model));
    }

    private static List<PageRow> flatten(List<PageRow> rows, List<PageRow> out) {
        for (PageRow row : rows) {
            out.add(row);
            flatten(row.children(), out);
        }
        return out;
    }

    private static List<String> subpages(Node page) throws javax.jcr.RepositoryException {
        List<String> paths = new ArrayList<>();
        for (NodeIterator it = page.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType(NodeTypes.PAGE)) {
                paths.add(child.getPath());
                paths.addAll(subpages(child));
            }
        }
        return paths;
    }

    private static String notice(HttpServletRequest request) {
        for (String[] done : new String[][] {{"renamed", "Renamed: now "}, {"moved", "Moved: now "},
                {"ordered", "Moved "}, {"deleted", "Deleted "}}) {
            String path = request.getParameter(done[0]);
            if (path != null) {
                return done[1] + path + ".";
            }
        }
        return "";
    }

    private static Map<String, String> input(HttpServletRequest request, String... names) {
        Map<String, String> input = new HashMap<>();
        for (String name : names) {
            input.put(name, param(request, name));
        }
        return input;
    }

    private static String param(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).orElse("").strip();
    }
}
