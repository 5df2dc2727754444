package dev.events.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import dev.events.content.NodeTypes;
import dev.events.content.PublicationStatus;
import dev.events.format.TeaserCutter;

/** {@code cmsfn}: the subset of Magnolia's TemplatingFunctions this runtime offers, with the same signatures. */
public final class TemplatingFunctions {

    private final RenderRequest request;

    TemplatingFunctions(RenderRequest request) {
        this.request = request;
    }

    /** @return the child nodes of the content, as content maps */
    public List<ContentMap> children(ContentMap content) throws RepositoryException {
        return children(content, null);
    }

    /** @return the child nodes of the given primary type, as content maps */
    public List<ContentMap> children(ContentMap content, String nodeType) throws RepositoryException {
        List<ContentMap> children = new ArrayList<>();
        for (NodeIterator it = content.getJCRNode().getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (nodeType == null || child.isNodeType(nodeType)) {
                children.add(asContentMap(child));
            }
        }
        return children;
    }

    /** @return the node as a content map in the request's language */
    public ContentMap asContentMap(Node node) {
        return new ContentMap(node, request.locale());
    }

    /** @return the node behind a content map */
    public Node asJCRNode(ContentMap content) {
        return content.getJCRNode();
    }

    /** @return the parent, or null at the root */
    public ContentMap parent(ContentMap content) throws RepositoryException {
        Node node = content.getJCRNode();
        return node.getDepth() == 0 ? null : asContentMap(node.getParent());
    }

    /** @return the URL of a page: its path, with the language prefix */
    public String link(ContentMap content) throws RepositoryException {
        return request.prefix() + content.getJCRNode().getPath();
    }

    /** @return the content itself: values here are never pre-escaped, templates auto-escape */
    public Map<String, Object> decode(ContentMap content) {
        return content;
    }

    /** @return the language of the request, e.g. {@code fr} */
    public String language() {
        return request.locale().getLanguage();
    }

    /** @return true in the author's page editor */
    public boolean isEditMode() {
        return request.editMode();
    }

    /** @return false: this runtime renders public pages unless in the page editor */
    public boolean isAuthorInstance() {
        return request.editMode();
    }

    /** @return true when rendering for visitors */
    public boolean isPublicInstance() {
        return !request.editMode();
    }

    /** @return the text cut at a word boundary to at most {@code length} characters, ending with "..." */
    public String abbreviateString(String text, int length) {
        return new TeaserCutter().cut(text, Math.max(4, length));
    }

    /** @return the text abbreviated with a suffix of one's own */
    public String abbreviateString(String text, int length, String suffix) {
        String cut = abbreviateString(text, length);
        return cut.endsWith("...") && !cut.equals(text) ? cut.substring(0, cut.length() - 3) + suffix : cut;
    }

    /**
     * @param property a system property such as {@code mgnl:lastModified} or {@code mgnl:activationStatus}
     * @return its value as Magnolia gives it: dates in ISO-8601, the activation status as 0, 1 or 2
     */
    public String metaData(ContentMap content, String property) throws RepositoryException {
        Node node = content.getJCRNode();
        if (NodeTypes.ACTIVATION_STATUS.equals(property)) {
            return String.valueOf(PublicationStatus.of(node).ordinal());
        }
        if (!node.hasProperty(property)) {
            return "";
        }
        // JCR gives dates as ISO-8601 strings, as Magnolia returns them
        return node.getProperty(property).getString();
    }
}
