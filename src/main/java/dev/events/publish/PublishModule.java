package dev.events.publish;

import java.time.Clock;

import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.content.EventCatalog;
import dev.events.content.EventHistory;
import dev.events.content.EventImportReader;
import dev.events.content.EventWriter;
import dev.events.content.Repositories;
import dev.events.content.Workspaces;

/** Binds publication, which keeps the public event catalog current, and imports. */
public final class PublishModule extends AbstractModule {

    @Provides
    @Singleton
    Publisher publisher(Repositories repositories, Clock clock, EventCatalog catalog) {
        Publisher publisher = new Publisher(repositories, clock);
        publisher.addListener((workspace, ids) -> {
            if (Workspaces.EVENTS.equals(workspace)) {
                catalog.published(ids);
            }
        });
        return publisher;
    }

    @Provides
    @Singleton
    AuditTrail audit(Clock clock) {
        return new AuditTrail(clock);
    }

    @Provides
    @Singleton
    WorkflowService workflow(Repositories repositories, Publisher publisher, EventHistory history, AuditTrail audit,
            Clock clock) {
        return new WorkflowService(repositories, new Publication(repositories, publisher, history, audit), audit,
                clock);
    }

    @Provides
    ImportService imports(Repositories repositories, EventImportReader reader, EventWriter writer,
            Publisher publisher) {
        return new ImportService(repositories, reader, writer, publisher);
    }
}
