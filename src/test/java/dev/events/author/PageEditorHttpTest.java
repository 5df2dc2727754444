package dev.events.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.content.EventLookup;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.publish.Publisher;
import dev.events.render.EditChrome;
import dev.events.render.RenderRequest;
import dev.events.site.PagePreview;

/**
 * The page editor over HTTP: the page rendered by its own template in edit mode with a bar per area and a toolbar
 * per component; components added, configured through their dialog (checked on the server), moved and deleted;
 * the page properties dialog; and none of it on the public site.
 */
class PageEditorHttpTest {

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
    void theEditorRendersThePageByItsTemplateInEditModeWithABarPerArea() throws Exception {
        pages.addPage(eric, "/", "board-view", "Board view", PagesFixture.BOARD);
        HttpResponse<String> answer = eric.get("/author/pages/board-view");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").doesNotContain("unsafe-inline'; script").doesNotContain("script-src");
        Document editor = Jsoup.parse(answer.body());
        assertThat(editor.select("h1.board__title").text()).isEqualTo("Board view");
        assertThat(editor.select(".board__mode").text()).as("cmsfn.isEditMode()").isEqualTo("edit mode");
        assertThat(editor.select("body > #page-editor")).as("the page bar opens the body").hasSize(1);
        assertThat(editor.select("link[href=/author/static/page-editor.css]")).hasSize(1);
        assertThat(editor.select("script")).as("no script at all").isEmpty();
        assertThat(editor.select("#add-main option").eachAttr("value"))
                .containsExactly(PagesFixture.EVENT_LIST, PagesFixture.PICK);
        assertThat(editor.select("#add-aside option").eachAttr("value")).containsExactly(PagesFixture.PICK);
        assertThat(editor.select("#add-main option").eachText()).containsExactly("Event list", "Pick");
    }

    @Test
    void componentsAreNamedAsMagnoliaNamesThemAndStartWithTheirDialogDefaults() throws Exception {
        pages.addPage(eric, "/", "naming", "Naming", PagesFixture.BOARD);
        HttpResponse<String> first = add("naming", "main", PagesFixture.PICK);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location"))
                .hasValue("/author/pages/naming/areas/main/components/0?added=1");
        add("naming", "main", PagesFixture.PICK);
        add("naming", "main", PagesFixture.EVENT_LIST);
        assertThat(pages.authorChildren("/naming/main")).containsExactly("0", "00", "01");
        assertThat(pages.authorValue("/naming/main/01", NodeTypes.TEMPLATE)).isEqualTo(PagesFixture.EVENT_LIST);
        assertThat(pages.authorValue("/naming/main/0", "count")).isEqualTo(3L);
        assertThat(pages.authorValue("/naming/main/0", "mode")).isEqualTo("next");
        assertThat(pages.authorValue("/naming/main/01", "maxItems")).isEqualTo(10L);
        assertThat(pages.authorValue("/naming/main/01", "sortOrder")).isEqualTo("upcoming-first");

        assertThat(eric.post("/author/pages/naming/areas/main/components/00/delete", Map.of()).statusCode())
                .isEqualTo(303);
        add("naming", "main", PagesFixture.PICK);
        assertThat(pages.authorChildren("/naming/main")).containsExactly("0", "01", "00");
    }

    @Test
    void aComponentTheAreaDoesNotTakeIsRefusedNamingTheTemplateAndNothingIsSaved() throws Exception {
        pages.addPage(eric, "/", "refusals", "Refusals", PagesFixture.BOARD);
        for (String template : List.of(PagesFixture.EVENT_LIST, "board:components/nothing", "")) {
            HttpResponse<String> refused = add("refusals", "aside", template);
            assertThat(refused.statusCode()).as(template).isEqualTo(422);
            assertThat(Jsoup.parse(refused.body()).select("#add-aside-error").text()).startsWith("Template:")
                    .contains("not available in the area aside");
        }
        assertThat(pages.authorHas("/refusals/aside")).isFalse();
        assertThat(add("refusals", "aside", PagesFixture.PICK).statusCode()).isEqualTo(303);
        HttpResponse<String> full = add("refusals", "aside", PagesFixture.PICK);
        assertThat(full.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(full.body()).select("#add-aside-error").text()).contains("at most 1 component");
        assertThat(pages.authorChildren("/refusals/aside")).containsExactly("0");
        assertThat(Jsoup.parse(eric.get("/author/pages/refusals").body()).select("#add-aside")).as("full").isEmpty();
        assertThat(add("refusals", "sidebar", PagesFixture.PICK).statusCode()).as("no such area").isEqualTo(404);
    }

    @Test
    void theDialogIsGeneratedFromItsDefinitionAndRefusesBadValuesFieldByField() throws Exception {
        pages.addPage(eric, "/", "dialog", "Dialog", PagesFixture.BOARD);
        add("dialog", "main", PagesFixture.PICK);
        String address = "/author/pages/dialog/areas/main/components/0";
        Document dialog = eric.page(address);
        assertThat(dialog.select("h1").text()).isEqualTo("Pick an event");
        assertThat(dialog.select("label[for=f-count]").text()).startsWith("How many");
        assertThat(dialog.select("#f-count").val()).isEqualTo("3");
        assertThat(dialog.select("#f-mode option").eachAttr("value")).containsExactly("", "next", "chosen");
        assertThat(dialog.select("#f-label_fr")).hasSize(1);

        HttpResponse<String> refused = eric.post(address, Map.of("count", "many", "mode", "sometimes",
                "event", "no-such-event", "label", "x".repeat(41)));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary li")).hasSize(4);
        assertThat(page.select("#f-count-error").text()).contains("whole number");
        assertThat(page.select("#f-mode-error").text()).contains("one of next, chosen");
        assertThat(page.select("#f-event-error").text()).contains("no event named no-such-event");
        assertThat(page.select("#f-label-error").text()).contains("longer than 40");
        assertThat(page.select("#f-count").val()).as("the input is kept").isEqualTo("many");
        assertThat(pages.authorValue("/dialog/main/0", "count")).isEqualTo(3L);
        assertThat(pages.authorValue("/dialog/main/0", "mode")).isEqualTo("next");

        assertThat(eric.post(address, Map.of("count", "")).statusCode()).as("count is required").isEqualTo(422);
    }

    @Test
    void aSavedDialogStoresTypedValuesAndLinksEventsByIdentifier() throws Exception {
        pages.addPage(eric, "/", "saved", "Saved", PagesFixture.BOARD);
        add("saved", "main", PagesFixture.PICK);
        String address = "/author/pages/saved/areas/main/components/0";
        HttpResponse<String> saved = eric.post(address, Map.of("count", "5", "mode", "chosen", "event",
                "experts-visit-to-hamamatsu", "highlight", "true", "label", "Pick of the week",
                "label_fr", "Choix de la semaine"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/author/pages/saved?saved=1");
        assertThat(pages.authorValue("/saved/main/0", "count")).isEqualTo(5L);
        assertThat(pages.authorValue("/saved/main/0", "highlight")).isEqualTo(true);
        assertThat(pages.authorValue("/saved/main/0", "label_fr")).isEqualTo("Choix de la semaine");
        assertThat(pages.authorValue("/saved/main/0", "event")).isEqualTo(eventId("experts-visit-to-hamamatsu"));
        assertThat(eric.page(address).select("#f-event").val()).isEqualTo("experts-visit-to-hamamatsu");
        Document editor = eric.page("/author/pages/saved");
        assertThat(editor.select("[data-component=main/0] .pick").attr("data-count")).isEqualTo("5");
        assertThat(editor.select("[data-component=main/0] .page-editor-bar__label").text()).isEqualTo("Pick");

        eric.post(address, Map.of("count", "5", "mode", ""));
        assertThat(pages.authorValue("/saved/main/0", "mode")).as("emptied").isNull();
        assertThat(pages.authorValue("/saved/main/0", "highlight")).isEqualTo(false);
    }

    @Test
    void componentsMoveUpAndDownAndTheToolbarOffersOnlyPossibleMoves() throws Exception {
        pages.addPage(eric, "/", "moves", "Moves", PagesFixture.BOARD);
        add("moves", "main", PagesFixture.PICK);
        add("moves", "main", PagesFixture.EVENT_LIST);
        Document editor = eric.page("/author/pages/moves");
        assertThat(editor.select("[data-component=main/0] button[value=up]")).isEmpty();
        assertThat(editor.select("[data-component=main/0] button[value=down]")).hasSize(1);
        assertThat(editor.select("[data-component=main/00] button[value=down]")).isEmpty();
        assertThat(eric.post("/author/pages/moves/areas/main/components/00/move", Map.of("direction", "up"))
                .statusCode()).isEqualTo(303);
        assertThat(pages.authorChildren("/moves/main")).containsExactly("00", "0");
        assertThat(eric.post("/author/pages/moves/areas/main/components/00/move", Map.of("direction", "down"))
                .statusCode()).isEqualTo(303);
        assertThat(pages.authorChildren("/moves/main")).containsExactly("0", "00");
        assertThat(eric.post("/author/pages/moves/areas/main/components/00/move", Map.of("direction", "left"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void thePagePropertiesDialogEditsTitleNavigationTitleAndHiding() throws Exception {
        pages.addPage(eric, "/", "props", "Props", PagesFixture.BOARD);
        Document dialog = eric.page("/author/pages/props/properties");
        assertThat(dialog.select("#f-title").val()).isEqualTo("Props");
        assertThat(dialog.select("#f-navigationTitle")).hasSize(1);
        assertThat(dialog.select("#f-hideInNav")).hasSize(1);
        HttpResponse<String> refused = eric.post("/author/pages/props/properties", Map.of("title", " "));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#error-summary").text()).contains("Title").contains("required");
        assertThat(pages.authorValue("/props", "title")).isEqualTo("Props");
        assertThat(eric.post("/author/pages/props/properties", Map.of("title", "Properties", "title_fr",
                "Propriétés", "navigationTitle", "Props", "hideInNav", "true")).statusCode()).isEqualTo(303);
        assertThat(pages.authorValue("/props", "title_fr")).isEqualTo("Propriétés");
        assertThat(pages.authorValue("/props", "navigationTitle")).isEqualTo("Props");
        assertThat(pages.authorValue("/props", "hideInNav")).isEqualTo(true);
    }

    @Test
    void thePreviewShowsPublishedEventsOnlyAndRefusesABadListingParameter() throws Exception {
        pages.site.importEvents("/publish/draft-event.json", false);
        pages.addPage(eric, "/", "listing", "Listing", PagesFixture.BOARD);
        add("listing", "main", PagesFixture.EVENT_LIST);
        PagesFixture.saveDialog(eric, "/author/pages/listing/areas/main/components/0",
                Map.of("sortOrder", "published", "maxItems", "50"));
        Document editor = eric.page("/author/pages/listing");
        List<String> shown = editor.select(".events-list__item").eachText();
        assertThat(shown).hasSize(10);
        assertThat(String.join(" ", shown)).doesNotContain("Draft event");
        HttpResponse<String> bad = eric.get("/author/pages/listing?sort=sideways");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sort");
    }

    @Test
    void publishersPreviewPagesWithoutAnyForm() throws Exception {
        pages.addPage(eric, "/", "preview-only", "Preview only", PagesFixture.BOARD);
        add("preview-only", "main", PagesFixture.PICK);
        Document preview = pages.logIn("peter").page("/author/pages/preview-only");
        assertThat(preview.select(".pick")).hasSize(1);
        assertThat(preview.select("form")).isEmpty();
        assertThat(preview.select(".page-editor__note").text()).contains("only editors");
    }

    @Test
    void theEditChromeNeverReachesThePublicSite() throws Exception {
        pages.addPage(eric, "/", "public-board", "Public board", PagesFixture.BOARD);
        add("public-board", "main", PagesFixture.PICK);
        publish("/public-board");
        String html = pages.site.get("/public-board").text();
        assertThat(Jsoup.parse(html).select(".pick")).hasSize(1);
        assertThat(html).doesNotContain("page-editor").doesNotContain("edit mode").doesNotContain("cms:page")
                .doesNotContain("/author/");
        assertThat(pages.site.get("/events").text()).doesNotContain("page-editor");
    }

    @Test
    void aChromeHandedToARenderOutsideEditModeWritesNothing() throws Exception {
        pages.addPage(eric, "/", "no-chrome", "No chrome", PagesFixture.BOARD);
        add("no-chrome", "main", PagesFixture.PICK);
        EditChrome loud = new EditChrome() {
            @Override
            public String head() {
                return "<!-- LOUD -->";
            }

            @Override
            public String componentStart(Node component, int index, int size) {
                return "<!-- LOUD -->";
            }
        };
        Session website = pages.site.repositories().author().login(Workspaces.WEBSITE);
        try {
            PagePreview preview = pages.site.runtime().get(PagePreview.class);
            Node page = website.getNode("/no-chrome");
            String edit = preview.render(page, request(true), loud);
            String view = preview.render(page, request(false), loud);
            assertThat(edit).contains("<!-- LOUD -->");
            assertThat(view).doesNotContain("LOUD").doesNotContain("edit mode");
        } finally {
            website.logout();
        }
    }

    private static RenderRequest request(boolean editMode) {
        return new RenderRequest("/no-chrome", Locale.ENGLISH, "", Map.of(), editMode, Instant.now());
    }

    private static HttpResponse<String> add(String page, String area, String template) throws Exception {
        return eric.post("/author/pages/" + page + "/areas/" + area + "/add", Map.of("template", template));
    }

    private static String eventId(String name) throws Exception {
        Session events = pages.site.repositories().author().login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(events, name).orElseThrow().getIdentifier();
        } finally {
            events.logout();
        }
    }

    private static void publish(String path) throws Exception {
        Session website = pages.site.repositories().author().login(Workspaces.WEBSITE);
        try {
            pages.site.runtime().get(Publisher.class).publishPage(website.getNode(path).getIdentifier(), "test");
        } finally {
            website.logout();
        }
    }
}
