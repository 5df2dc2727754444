package dev.events.author;

import java.time.Clock;
import java.util.Locale;

import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.content.AssetStore;
import dev.events.content.ContentStamps;
import dev.events.content.EventCatalog;
import dev.events.content.EventHistory;
import dev.events.content.EventImportReader;
import dev.events.content.EventWriter;
import dev.events.content.Repositories;
import dev.events.definition.DefinitionRegistry;
import dev.events.publish.ImportService;
import dev.events.publish.WorkflowService;
import dev.events.render.Messages;
import dev.events.render.PageRenderer;
import dev.events.site.PagePreview;
import dev.events.security.LoginThrottles;
import dev.events.security.UserStore;

/** Binds the author UI. */
public final class AuthorModule extends AbstractModule {

    @Provides
    @Singleton
    AuthorServlet servlet(Repositories repositories, UserStore users, LoginThrottles throttles,
            EditorPageHandler editor, EventHistory history, AssetStore assets, ImportService imports,
            WorkflowService workflow, AuthorTemplates templates, PageRoutes pages) {
        return new AuthorServlet(new LoginPage(users, throttles, templates),
                new BrowserPageHandler(new EventBrowser(repositories), templates), editor,
                new HistoryActions(repositories, history, assets, workflow, templates), new ImportPage(imports, templates),
                workflowPages(workflow, repositories, templates, editor), templates, pages);
    }

    private static WorkflowPages workflowPages(WorkflowService workflow, Repositories repositories,
            AuthorTemplates templates, EditorPageHandler editor) {
        return new WorkflowPages(workflow, repositories, templates, editor::labels);
    }

    /** The pages of the author repository rendered as the public site renders them, for the page editor. */
    @Provides
    @Singleton
    PagePreview preview(Repositories repositories, DefinitionRegistry definitions, PageRenderer renderer,
            EventCatalog catalog) {
        return new PagePreview(repositories, definitions, renderer, catalog);
    }

    /** The page tree, the page editor and the components' dialogs at {@code /author/pages}. */
    @Provides
    PageRoutes pages(Repositories repositories, DefinitionRegistry definitions, Messages messages,
            PagePreview preview, WorkflowService workflow, AuthorTemplates templates, EditorPageHandler editor,
            Clock clock) {
        WebsiteWrites writes = new WebsiteWrites(repositories, workflow, new ContentStamps(clock));
        EditorForms forms = new EditorForms(messages, Locale.ENGLISH);
        PageTree tree = new PageTree(repositories, definitions, messages);
        DialogPages dialogs = new DialogPages(templates);
        PageEditorHandler pageEditor = new PageEditorHandler(repositories, preview, tree,
                (page, csrf, editable, problems) -> new PageChrome(templates, definitions, messages, page, csrf,
                        editable, problems), workflow, templates, clock);
        return new PageRoutes(new PageTreeHandler(tree, new PageOperations(writes, definitions), repositories,
                templates), pageEditor, new PagePropertiesHandler(writes, repositories, definitions, forms, dialogs),
                new ComponentDialogHandler(new PageComponents(writes, definitions, repositories, forms), pageEditor,
                        dialogs, repositories), workflowPages(workflow, repositories, templates, editor));
    }

    @Provides
    @Singleton
    AuthorTemplates templates() {
        return new AuthorTemplates();
    }

    @Provides
    @Singleton
    EventEditor editor(Repositories repositories, EventImportReader reader, EventWriter writer,
            EventHistory history, WorkflowService workflow) {
        return new EventEditor(repositories, reader, writer, history, workflow);
    }

    @Provides
    EditorPageHandler editorPage(DefinitionRegistry definitions, Messages messages, EventEditor editor,
            Repositories repositories, EventHistory history, AssetStore assets, WorkflowService workflow,
            AuthorTemplates templates) {
        return new EditorPageHandler(definitions, messages, editor, repositories, history, assets, workflow,
                templates);
    }
}
