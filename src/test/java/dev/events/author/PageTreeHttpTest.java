package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;

/** The page tree at {@code /author/pages} over HTTP: add, rename, move, order and delete, and what they refuse. */
class PageTreeHttpTest {

    private static PagesFixture pages;
    private static PagesFixture.Author eric;

    @BeforeAll
    static void start() throws Exception {
        pages = new PagesFixture();
        eric = pages.logIn("eric");
    }

    @AfterAll
    static void stop() throws Exception {
        pages.close();
    }

    @Test
    void anEditorAddsAPageWithATemplateAndATitleAndLandsInItsEditor() throws Exception {
        HttpResponse<String> added = pages.addPage(eric, "/", "conferences", "Conferences", PagesFixture.BOARD);
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue("/author/pages/conferences?added=1");
        assertThat(pages.authorValue("/conferences", NodeTypes.TEMPLATE)).isEqualTo(PagesFixture.BOARD);
        assertThat(pages.authorValue("/conferences", "title")).isEqualTo("Conferences");
        assertThat(pages.authorValue("/conferences", NodeTypes.CREATED_BY)).isEqualTo("eric");
        Document tree = eric.page("/author/pages");
        assertThat(tree.select("[data-page=/conferences] .author-pages__title").text()).isEqualTo("Conferences");
        assertThat(tree.select("[data-page=/conferences] .author-status").text()).isEqualTo("Not published");
        assertThat(pages.site.get("/conferences").status()).as("nothing public before approval").isEqualTo(404);
    }

    @Test
    void theTemplateChoiceOffersTheVisiblePageTemplatesOnly() throws Exception {
        List<String> offered = eric.page("/author/pages").select("#add-template option").eachAttr("value");
        assertThat(offered).contains(PagesFixture.BOARD, "events:pages/events-page")
                .doesNotContain("events:pages/event-detail", "events:pages/error", PagesFixture.PICK);
    }

    @ParameterizedTest
    @CsvSource({
        "/, events, Events again, board:pages/board-page, name, already a page /events",
        "/, Bad Name, Bad, board:pages/board-page, name, lower-case letters",
        "/, author, Author, board:pages/board-page, name, reserved",
        "/, properties, Properties, board:pages/board-page, name, reserved",
        "/, fine-name, Fine, events:pages/event-detail, template, page templates offered",
        "/, fine-name, Fine, board:nothing, template, page templates offered",
        "/, fine-name, Fine, board:components/pick, template, page templates offered",
        "/, fine-name, '', board:pages/board-page, title, required",
        "/nowhere, fine-name, Fine, board:pages/board-page, parent, no page /nowhere",
    })
    void refusedInputAnswers422NamingTheFieldAndSavesNothing(String parent, String name, String title,
            String template, String field, String message) throws Exception {
        List<String> before = pages.authorChildren("/");
        HttpResponse<String> refused = pages.addPage(eric, parent, name, title, template);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary").text()).containsIgnoringCase(field).contains(message);
        assertThat(page.select("#add-" + field + "-error").text()).contains(message);
        assertThat(page.select("#add-name").val()).as("the input is kept").isEqualTo(name);
        assertThat(pages.authorChildren("/")).isEqualTo(before);
    }

    @Test
    void aPageBelowAnotherTakesTheParentsAreaNamesAsReserved() throws Exception {
        pages.addPage(eric, "/", "reserved-parent", "Parent", PagesFixture.BOARD);
        HttpResponse<String> refused = pages.addPage(eric, "/reserved-parent", "aside", "Aside", PagesFixture.BOARD);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(pages.addPage(eric, "/reserved-parent", "child", "Child", PagesFixture.BOARD).statusCode())
                .isEqualTo(303);
        assertThat(pages.authorHas("/reserved-parent/child")).isTrue();
        assertThat(pages.authorHas("/reserved-parent/aside")).isFalse();
    }

    @Test
    void renameKeepsThePlaceAmongSiblingsAndRefusesDuplicates() throws Exception {
        pages.addPage(eric, "/", "rename-me", "Rename me", PagesFixture.BOARD);
        pages.addPage(eric, "/", "rename-after", "After", PagesFixture.BOARD);
        HttpResponse<String> renamed = eric.post("/author/pages/rename-me/rename", Map.of("name", "renamed"));
        assertThat(renamed.statusCode()).isEqualTo(303);
        assertThat(pages.authorHas("/renamed")).isTrue();
        assertThat(pages.authorHas("/rename-me")).isFalse();
        List<String> names = pages.authorChildren("/");
        assertThat(names.indexOf("renamed")).isLessThan(names.indexOf("rename-after"));

        HttpResponse<String> duplicate = eric.post("/author/pages/renamed/rename", Map.of("name", "rename-after"));
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(duplicate.body()).select("#name_renamed-error").text()).contains("already a page");
        assertThat(pages.authorHas("/renamed")).isTrue();
    }

    @Test
    void moveTakesThePageAndItsSubpagesBelowAnotherButNeverBelowItself() throws Exception {
        pages.addPage(eric, "/", "mover", "Mover", PagesFixture.BOARD);
        pages.addPage(eric, "/mover", "kid", "Kid", PagesFixture.BOARD);
        pages.addPage(eric, "/", "home", "Home", PagesFixture.BOARD);
        HttpResponse<String> refused = eric.post("/author/pages/mover/move", Map.of("parent", "/mover/kid"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#error-summary").text()).contains("Parent page")
                .contains("below itself");
        assertThat(eric.post("/author/pages/mover/move", Map.of("parent", "/home")).statusCode()).isEqualTo(303);
        assertThat(pages.authorHas("/home/mover/kid")).isTrue();
        assertThat(pages.authorHas("/mover")).isFalse();
    }

    @Test
    void upAndDownReorderSiblingPagesOnly() throws Exception {
        pages.addPage(eric, "/", "order-box", "Order", PagesFixture.BOARD);
        for (String name : List.of("first", "second", "third")) {
            pages.addPage(eric, "/order-box", name, name, PagesFixture.BOARD);
        }
        eric.post("/author/pages/order-box/areas/main/add", Map.of("template", PagesFixture.PICK));
        assertThat(eric.post("/author/pages/order-box/third/order", Map.of("direction", "up")).statusCode())
                .isEqualTo(303);
        assertThat(eric.post("/author/pages/order-box/first/order", Map.of("direction", "down")).statusCode())
                .isEqualTo(303);
        assertThat(pages.authorChildren("/order-box")).filteredOn(n -> !n.equals("main"))
                .containsExactly("third", "first", "second");
        assertThat(eric.post("/author/pages/order-box/third/order", Map.of("direction", "sideways")).statusCode())
                .isEqualTo(422);
    }

    @Test
    void deleteAsksFirstAndRemovesAnUnpublishedPageWithItsSubpages() throws Exception {
        pages.addPage(eric, "/", "doomed", "Doomed", PagesFixture.BOARD);
        pages.addPage(eric, "/doomed", "sub", "Sub", PagesFixture.BOARD);
        Document confirm = eric.page("/author/pages/doomed/delete");
        assertThat(confirm.select("h1").text()).isEqualTo("Delete Doomed?");
        assertThat(confirm.select(".author-pages__doomed").text()).contains("/doomed/sub");
        assertThat(pages.authorHas("/doomed")).as("asking deletes nothing").isTrue();
        HttpResponse<String> deleted = eric.post("/author/pages/doomed/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(pages.authorHas("/doomed")).isFalse();
    }

    @Test
    void aPublishedPageIsNotDeletedWithoutAnApprovedUnpublication() throws Exception {
        pages.addPage(eric, "/", "live-page", "Live", PagesFixture.BOARD);
        javax.jcr.Session website = pages.site.repositories().author().login(Workspaces.WEBSITE);
        String id;
        try {
            id = website.getNode("/live-page").getIdentifier();
        } finally {
            website.logout();
        }
        pages.site.runtime().get(Publisher.class).publishPage(id, "test");
        assertThat(eric.page("/author/pages/live-page/delete").select("#delete-refused").text())
                .containsIgnoringCase("request its unpublication");
        HttpResponse<String> refused = eric.post("/author/pages/live-page/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".author__alert").text()).contains("unpublication");
        assertThat(pages.authorHas("/live-page")).isTrue();
        assertThat(pages.site.get("/live-page").status()).isEqualTo(200);
    }

    @Test
    void everyPageActionRefusesAPostWithoutTheSessionsToken() throws Exception {
        pages.addPage(eric, "/", "guarded", "Guarded", PagesFixture.BOARD);
        eric.post("/author/pages/guarded/areas/main/add", Map.of("template", PagesFixture.PICK));
        Map<String, Map<String, String>> actions = Map.of(
                "/author/pages/new", Map.of("parent", "/", "name", "forged", "title", "Forged",
                        "template", PagesFixture.BOARD),
                "/author/pages/guarded/rename", Map.of("name", "forged"),
                "/author/pages/guarded/move", Map.of("parent", "/events"),
                "/author/pages/guarded/order", Map.of("direction", "up"),
                "/author/pages/guarded/delete", Map.of(),
                "/author/pages/guarded/properties", Map.of("title", "Forged"),
                "/author/pages/guarded/request-publication", Map.of(),
                "/author/pages/guarded/areas/main/add", Map.of("template", PagesFixture.PICK),
                "/author/pages/guarded/areas/main/components/0", Map.of("count", "9"),
                "/author/pages/guarded/areas/main/components/0/delete", Map.of());
        for (Map.Entry<String, Map<String, String>> action : actions.entrySet()) {
            HttpResponse<String> forged = eric.client().post(action.getKey(), action.getValue());
            assertThat(forged.statusCode()).as(action.getKey()).isEqualTo(403);
        }
        assertThat(pages.authorChildren("/guarded")).containsExactly("main");
        assertThat(pages.authorChildren("/guarded/main")).containsExactly("0");
        assertThat(pages.authorValue("/guarded", "title")).isEqualTo("Guarded");
        assertThat(pages.authorValue("/guarded/main/0", "count")).isEqualTo(3L);
        assertThat(pages.authorHas("/forged")).isFalse();
    }

    @Test
    void publishersSeeTheTreeButCannotChangeIt() throws Exception {
        pages.addPage(eric, "/", "read-only", "Read only", PagesFixture.BOARD);
        PagesFixture.Author peter = pages.logIn("peter");
        Document tree = peter.page("/author/pages");
        assertThat(tree.select("[data-page=/read-only]")).hasSize(1);
        assertThat(tree.select("form[action^=/author/pages]")).isEmpty();
        assertThat(pages.addPage(peter, "/", "by-peter", "Peter", PagesFixture.BOARD).statusCode()).isEqualTo(403);
        assertThat(peter.post("/author/pages/read-only/rename", Map.of("name", "peters")).statusCode())
                .isEqualTo(403);
        assertThat(pages.authorHas("/by-peter")).isFalse();
        assertThat(pages.authorHas("/read-only")).isTrue();
    }

    @Test
    void unknownPagesAndActionsAre404() throws Exception {
        assertThat(eric.get("/author/pages/no-such-page").statusCode()).isEqualTo(404);
        assertThat(eric.get("/author/pages/events/areas/nowhere/components/0").statusCode()).isEqualTo(404);
        assertThat(eric.post("/author/pages/no-such-page/rename", Map.of("name", "x")).statusCode()).isEqualTo(404);
        assertThat(eric.get("/author/pages/Bad_Path").statusCode()).isEqualTo(404);
    }
}
