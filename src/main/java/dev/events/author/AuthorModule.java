package dev.events.author;

import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.content.Repositories;
import dev.events.security.LoginThrottles;
import dev.events.security.UserStore;

/** Binds the author UI. */
public final class AuthorModule extends AbstractModule {

    @Provides
    @Singleton
    AuthorServlet servlet(Repositories repositories, UserStore users, LoginThrottles throttles) {
        AuthorTemplates templates = new AuthorTemplates();
        return new AuthorServlet(new LoginPage(users, throttles, templates),
                new BrowserPageHandler(new EventBrowser(repositories), templates), templates);
    }
}
