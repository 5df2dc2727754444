package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.Value;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.testing.TestSite;

/** Users as nodes of the author repository's users workspace, with bcrypt passwords. */
class UserStoreTest {

    private static final String PASSWORD = "a long enough secret";

    private static TestSite site;
    private static UserStore users;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        users = new UserStore(site.repositories(), new PasswordHasher(4), site.clock());
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
    void anAddedUserIsFoundAndAuthenticatesWithItsPassword() throws Exception {
        User added = users.add("eric", Set.of(Role.EDITOR, Role.PUBLISHER), PASSWORD.toCharArray(), "admin");
        User expected = new User("eric", Set.of(Role.EDITOR, Role.PUBLISHER));
        assertThat(added).isEqualTo(expected);
        assertThat(users.find("eric")).contains(expected);
        assertThat(users.exists("eric")).isTrue();
        assertThat(users.authenticate("eric", PASSWORD.toCharArray())).contains(expected);
    }

    @Test
    void aWrongPasswordDoesNotAuthenticate() throws Exception {
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "admin");
        assertThat(users.authenticate("eric", "a long enough secreT".toCharArray())).isEmpty();
        assertThat(users.authenticate("eric", new char[0])).isEmpty();
    }

    @Test
    void anUnknownUserDoesNotAuthenticateAndIsNotFound() throws Exception {
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "admin");
        assertThat(users.authenticate("peter", PASSWORD.toCharArray())).isEmpty();
        assertThat(users.authenticate("jcr:system", PASSWORD.toCharArray())).isEmpty();
        assertThat(users.authenticate("../eric", PASSWORD.toCharArray())).isEmpty();
        assertThat(users.find("peter")).isEmpty();
        assertThat(users.exists("peter")).isFalse();
    }

    @Test
    void aDisabledUserDoesNotAuthenticateUntilEnabledAgain() throws Exception {
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "admin");
        users.setEnabled("eric", false, "admin");
        assertThat(users.authenticate("eric", PASSWORD.toCharArray())).isEmpty();
        assertThat(users.find("eric")).isPresent();
        users.setEnabled("eric", true, "admin");
        assertThat(users.authenticate("eric", PASSWORD.toCharArray())).isPresent();
        assertThatThrownBy(() -> users.setEnabled("nobody", false, "admin")).isInstanceOf(UserException.class)
                .hasMessageContaining("No user 'nobody'");
    }

    @Test
    void aTakenNameIsRefusedAndTheFirstUserKept() throws Exception {
        users.add("eric", Set.of(Role.EDITOR), PASSWORD.toCharArray(), "admin");
        assertThatThrownBy(() -> users.add("eric", Set.of(Role.ADMIN), "another password".toCharArray(), "admin"))
                .isInstanceOf(UserException.class).hasMessage("A user named 'eric' exists already");
        assertThat(users.authenticate("eric", PASSWORD.toCharArray())).contains(new User("eric", Set.of(Role.EDITOR)));
        assertThat(userNodeNames()).containsExactly("eric");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e       | must have 2 to 32 characters",
        "''      | must have 2 to 32 characters",
        "abcdefghijklmnopqrstuvwxyz0123456 | must have 2 to 32 characters",
        "Eric    | may only contain a-z, 0-9, '.', '_' and '-'",
        "er ic   | may only contain a-z, 0-9, '.', '_' and '-'",
        "er/ic   | may only contain a-z, 0-9, '.', '_' and '-'",
        "jcr:x   | may only contain a-z, 0-9, '.', '_' and '-'",
        "érik    | may only contain a-z, 0-9, '.', '_' and '-'",
        ".eric   | must start with a letter or digit",
        "-eric   | must start with a letter or digit",
        "_eric   | must start with a letter or digit"})
    void badNamesAreRefusedNamingTheRuleAndWriteNothing(String name, String rule) throws Exception {
        assertThatThrownBy(() -> users.add(name, Set.of(Role.EDITOR), PASSWORD.toCharArray(), "admin"))
                .isInstanceOf(UserException.class).hasMessageContaining(rule).hasMessageContaining("'" + name + "'");
        assertThat(userNodeNames()).isEmpty();
    }

    @Test
    void namesAtTheLimitsOfTheRulesAreAccepted() throws Exception {
        for (String name : List.of("e2", "abcdefghijklmnopqrstuvwxyz012345", "0.e_r-ic")) {
            users.add(name, Set.of(Role.EDITOR), PASSWORD.toCharArray(), "admin");
        }
        assertThat(userNodeNames()).hasSize(3);
    }

    @Test
    void aShortPasswordIsRefusedAndWritesNothing() throws Exception {
        assertThatThrownBy(() -> users.add("eric", Set.of(Role.EDITOR), "123456789".toCharArray(), "admin"))
                .isInstanceOf(UserException.class).hasMessage("A password must have at least 10 characters");
        users.add("peter", Set.of(Role.EDITOR), "1234567890".toCharArray(), "admin");
        assertThat(userNodeNames()).containsExactly("peter");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        assertThatThrownBy(() -> users.add("eric", Set.of(Role.EDITOR), "é".repeat(37).toCharArray(), "admin"))
                .isInstanceOf(UserException.class).hasMessageContaining("at most 72 bytes");
    }

    @Test
    void aUserWithoutRolesIsRefused() {
        assertThatThrownBy(() -> users.add("eric", Set.of(), PASSWORD.toCharArray(), "admin"))
                .isInstanceOf(UserException.class).hasMessageContaining("at least one role");
    }

    @Test
    void theStoredNodeIsAMagnoliaUserWithRolesStampsAndAHashNotThePassword() throws Exception {
        site.clock().set(Instant.parse("2030-01-02T03:04:05Z"));
        users.add("eric", Set.of(Role.PUBLISHER, Role.EDITOR), PASSWORD.toCharArray(), "admin");
        Session session = site.repositories().author().login(Workspaces.USERS);
        try {
            Node node = session.getNode("/eric");
            assertThat(node.getPrimaryNodeType().getName()).isEqualTo(NodeTypes.USER);
            assertThat(node.getProperty("name").getString()).isEqualTo("eric");
            assertThat(node.getProperty("enabled").getBoolean()).isTrue();
            List<String> roles = new ArrayList<>();
            for (Value value : node.getProperty("roles").getValues()) {
                roles.add(value.getString());
            }
            assertThat(roles).containsExactly("editor", "publisher");
            assertThat(node.getProperty("pswd").getString()).doesNotContain(PASSWORD).startsWith("$2b$04$");
            assertThat(node.getProperty(NodeTypes.CREATED_BY).getString()).isEqualTo("admin");
            assertThat(node.getProperty(NodeTypes.LAST_MODIFIED_BY).getString()).isEqualTo("admin");
            assertThat(node.getProperty(NodeTypes.CREATED).getDate().toInstant())
                    .isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
        } finally {
            session.logout();
        }
    }

    @Test
    void aNodeThatIsNotAUserIsNoUser() throws Exception {
        Session session = site.repositories().author().login(Workspaces.USERS);
        try {
            session.getRootNode().addNode("folder", NodeTypes.FOLDER).setProperty("pswd", "x");
            session.save();
            assertThat(users.find("folder")).isEmpty();
            assertThat(users.authenticate("folder", "x".toCharArray())).isEmpty();
        } finally {
            session.getNode("/folder").remove();
            session.save();
            session.logout();
        }
    }

    private static List<String> userNodeNames() throws Exception {
        return StoredUsers.names(site.repositories());
    }
}
