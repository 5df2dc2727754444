package dev.events.render;

import java.util.Locale;

/** {@code state}: what Magnolia's AggregationState tells templates about the request being rendered. */
public final class AggregationState {

    private final RenderRequest request;
    private final ContentMap mainContent;

    AggregationState(RenderRequest request, ContentMap mainContent) {
        this.request = request;
        this.mainContent = mainContent;
    }

    /** @return the page (or event) the URL names */
    public ContentMap getMainContentNode() {
        return mainContent;
    }

    /** @return the requested path, language prefix included */
    public String getOriginalURI() {
        return request.uri();
    }

    /** @return the requested path, language prefix included */
    public String getCurrentURI() {
        return request.uri();
    }

    /** @return the page language */
    public Locale getLocale() {
        return request.locale();
    }

    /** @return {@code desktop}: the only channel */
    public String getChannel() {
        return "desktop";
    }

    /** @return true in the author's page editor */
    public boolean isEditMode() {
        return request.editMode();
    }
}
