package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.events.testing.TestSite;

/** The demo's eric and peter, created once with random passwords. */
class DemoUsersTest {

    private static TestSite site;
    private static UserStore users;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        users = site.runtime().get(UserStore.class);
    }

    @AfterEach
    void deleteUsers() throws Exception {
        StoredUsers.deleteAll(site.repositories());
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void ericAndPeterAreCreatedOnceWithWorkingRandomPasswords() throws Exception {
        Map<User, String> created = site.runtime().get(DemoUsers.class).install();
        User eric = new User("eric", Set.of(Role.EDITOR));
        User peter = new User("peter", Set.of(Role.PUBLISHER));
        assertThat(created.keySet()).containsExactly(eric, peter);
        assertThat(created.values()).allMatch(p -> p.matches("[" + DemoUsers.ALPHABET + "]{16}"))
                .doesNotHaveDuplicates();
        assertThat(users.authenticate("eric", created.get(eric).toCharArray())).contains(eric);
        assertThat(users.authenticate("peter", created.get(peter).toCharArray())).contains(peter);
        assertThat(users.authenticate("peter", created.get(eric).toCharArray())).isEmpty();

        assertThat(site.runtime().get(DemoUsers.class).install()).isEmpty();
        assertThat(users.authenticate("eric", created.get(eric).toCharArray())).contains(eric);
    }

    @Test
    void anExistingDemoUserIsLeftAloneAndTheOtherCreated() throws Exception {
        users.add("eric", Set.of(Role.ADMIN), "eric's own password".toCharArray(), "admin");
        Map<User, String> created = site.runtime().get(DemoUsers.class).install();
        assertThat(created.keySet()).extracting(User::name).containsExactly("peter");
        assertThat(users.authenticate("eric", "eric's own password".toCharArray()))
                .contains(new User("eric", Set.of(Role.ADMIN)));
    }

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertThat(DemoUsers.ALPHABET).doesNotContain("0", "O", "o", "1", "l", "I", "i");
    }
}
