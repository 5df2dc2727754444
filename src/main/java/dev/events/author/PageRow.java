package dev.events.author;

import java.util.List;

/**
 * One page of the page tree ({@code /author/pages}).
 *
 * @param path        the page's path
 * @param name        its name
 * @param title       its title, or its name
 * @param template    its template's title
 * @param depth       1 for a top page
 * @param publication not-published, modified or published
 * @param workflow    pending, scheduled, rejected or empty
 * @param first       the first page among its siblings
 * @param last        the last page among its siblings
 * @param children    its subpages
 */
public record PageRow(String path, String name, String title, String template, int depth, String publication,
        String workflow, boolean first, boolean last, List<PageRow> children) {
}
