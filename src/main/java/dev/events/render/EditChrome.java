package dev.events.render;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import dev.events.definition.AreaDefinition;

/**
 * What the page editor adds around a page rendered in edit mode: Magnolia's green bars. The directives
 * {@code [@cms.page/]}, {@code [@cms.area/]} and {@code [@cms.component/]} write it, in edit mode only; the
 * author UI provides it (as the extra object {@link #KEY} of {@link PageRenderer#render}), the public site never
 * does. Each method answers ready HTML, escaped by its implementation.
 */
public interface EditChrome {

    /** The name under which the page editor hands its chrome to {@link PageRenderer#render}. */
    String KEY = "cms.editChrome";

    /** Writes nothing: a page rendered outside the page editor. */
    EditChrome NONE = new EditChrome() {
    };

    /** @return what {@code [@cms.page/]} writes in the page's head, such as the editor's style sheet */
    default String head() {
        return "";
    }

    /**
     * @param page the page the area belongs to
     * @param area the area's definition
     * @param size how many components the area holds
     * @return what opens the area: its bar with the form that adds a component
     */
    default String areaStart(Node page, AreaDefinition area, int size) throws RepositoryException {
        return "";
    }

    /** @return what closes the area */
    default String areaEnd(Node page, AreaDefinition area) {
        return "";
    }

    /**
     * @param component the component node
     * @param index     its place in its area, from 0
     * @param size      how many components the area holds
     * @return what opens the component: its toolbar (edit, move, delete)
     */
    default String componentStart(Node component, int index, int size) throws RepositoryException {
        return "";
    }

    /** @return what closes the component */
    default String componentEnd(Node component) {
        return "";
    }
}
