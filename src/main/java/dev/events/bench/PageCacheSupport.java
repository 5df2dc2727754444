package dev.events.bench;

/**
 * Whether this build has the public site's page cache ({@code dev.events.site.PageCache}, honouring
 * {@code SiteSettings.pageCache()}): without it the figures "from cache" print n/a, as they would repeat the
 * uncached ones.
 */
final class PageCacheSupport {

    static final String CLASS = "dev.events.site.PageCache";

    private PageCacheSupport() {
    }

    static boolean available() {
        try {
            Class.forName(CLASS, false, PageCacheSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
