package dev.events.security;

import java.security.SecureRandom;
import java.time.Clock;

import javax.inject.Singleton;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

import dev.events.content.Repositories;

/** Binds password hashing (bcrypt, cost 12), the users of the author repository, login throttling and demo users. */
public final class SecurityModule extends AbstractModule {

    @Provides
    @Singleton
    PasswordHasher hasher() {
        return new PasswordHasher(PasswordHasher.DEFAULT_COST);
    }

    @Provides
    UserStore users(Repositories repositories, PasswordHasher hasher, Clock clock) {
        return new UserStore(repositories, hasher, clock);
    }

    @Provides
    @Singleton
    LoginThrottles throttles(Clock clock) {
        return new LoginThrottles(new LoginThrottle(clock),
                new LoginThrottle(clock, LoginThrottle.MAX_ADDRESS_FAILURES));
    }

    @Provides
    DemoUsers demoUsers(UserStore users) {
        return new DemoUsers(users, new SecureRandom());
    }
}
