package dev.events.author;

import java.util.List;

/**
 * One page of the events browser.
 *
 * @param rows       the events on the page
 * @param page       the 1-based page
 * @param pageCount  how many pages there are, at least 1
 * @param total      how many events match
 * @param folders    every folder, for the folder filter
 * @param categories every category in use, for the category filter
 */
public record BrowserPage(List<BrowserRow> rows, int page, int pageCount, int total, List<String> folders,
        List<String> categories) {
}
