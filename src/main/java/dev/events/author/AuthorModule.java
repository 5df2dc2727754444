package dev.events.author;

import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.content.AssetStore;
import dev.events.content.EventHistory;
import dev.events.content.EventImportReader;
import dev.events.content.EventWriter;
import dev.events.content.Repositories;
import dev.events.definition.DefinitionRegistry;
import dev.events.publish.ImportService;
import dev.events.publish.WorkflowService;
import dev.events.render.Messages;
import dev.events.security.LoginThrottles;
import dev.events.security.UserStore;

/** Binds the author UI. */
public final class AuthorModule extends AbstractModule {

    @Provides
    @Singleton
    AuthorServlet servlet(Repositories repositories, UserStore users, LoginThrottles throttles,
            EditorPageHandler editor, EventHistory history, AssetStore assets, ImportService imports,
            WorkflowService workflow, AuthorTemplates templates) {
        return new AuthorServlet(new LoginPage(users, throttles, templates),
                new BrowserPageHandler(new EventBrowser(repositories), templates), editor,
                new HistoryActions(repositories, history, assets, workflow, templates), new ImportPage(imports, templates),
                new WorkflowPages(workflow, repositories, templates, editor::labels), templates);
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
