package dev.events.content;

/**
 * The properties of a page ({@code mgnl:page} in {@code website}) that its page properties dialog edits, named as
 * Magnolia's sample templates name them; the template is {@link NodeTypes#TEMPLATE}.
 */
public final class PageProperties {

    /** The page's title, with {@code title_fr} for French. */
    public static final String TITLE = "title";
    /** A shorter title for menus, with {@code navigationTitle_fr}. */
    public static final String NAVIGATION_TITLE = "navigationTitle";
    /** True when menus leave the page out. */
    public static final String HIDE_IN_NAV = "hideInNav";

    private PageProperties() {
    }
}
