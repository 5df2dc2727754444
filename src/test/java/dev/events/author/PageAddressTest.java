package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses below {@code /author/pages}: the page's path ends at the first action word. */
class PageAddressTest {

    @ParameterizedTest
    @CsvSource({
        "/pages, '', '', '', ''",
        "/pages/new, '', new, '', ''",
        "/pages/conferences, /conferences, '', '', ''",
        "/pages/a/b-2/c, /a/b-2/c, '', '', ''",
        "/pages/a/b/properties, /a/b, properties, '', ''",
        "/pages/a/request-publication, /a, request-publication, '', ''",
        "/pages/a/b/areas/main/add, /a/b, add, main, ''",
        "/pages/a/areas/main/components/010, /a, component, main, 010",
        "/pages/a/areas/main/components/0/move, /a, component-move, main, 0",
        "/pages/a/areas/main/components/00/delete, /a, component-delete, main, 00",
    })
    void readsThePagePathAndWhatToDoWithIt(String path, String page, String action, String area, String component) {
        assertThat(PageAddress.parse(path)).hasValue(new PageAddress(page, action, area, component));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pages/Conferences", "/pages/a//b", "/pages/a/", "/pages/properties",
        "/pages/a/areas/main", "/pages/a/areas/main/components/x", "/pages/a/areas/main/components/0/edit",
        "/pages/a_b", "/pages/-a", "/pagesx", "/pages/a/properties/b"})
    void namesNoPageForAnythingElse(String path) {
        assertThat(PageAddress.parse(path)).isEmpty();
    }
}
