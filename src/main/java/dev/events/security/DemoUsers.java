package dev.events.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.RepositoryException;

/**
 * The demo's users: {@code eric} (editor) and {@code peter} (publisher), each created when missing with a random
 * password that is returned once, to be shown once; existing users are left alone.
 */
public final class DemoUsers {

    /** The demo users and their roles, in the order they are created. */
    public static final List<User> USERS = List.of(
            new User("eric", Set.of(Role.EDITOR)), new User("peter", Set.of(Role.PUBLISHER)));
    /** Letters and digits that cannot be mistaken for one another: no 0/O/o, 1/l/I, i. */
    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int PASSWORD_LENGTH = 16;
    private static final String BY = "demo";

    private final UserStore users;
    private final SecureRandom random;

    public DemoUsers(UserStore users, SecureRandom random) {
        this.users = users;
        this.random = random;
    }

    /** @return the users created now, with their passwords, in the order of {@link #USERS}; empty when none */
    public Map<User, String> install() throws RepositoryException, UserException {
        Map<User, String> created = new LinkedHashMap<>();
        for (User user : USERS) {
            if (!users.exists(user.name())) {
                char[] password = randomPassword();
                try {
                    created.put(users.add(user.name(), user.roles(), password, BY), new String(password));
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        }
        return created;
    }

    private char[] randomPassword() {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
