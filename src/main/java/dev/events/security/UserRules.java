package dev.events.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for user names and passwords, each with its own message. */
final class UserRules {

    static final int MIN_NAME = 2;
    static final int MAX_NAME = 32;
    static final int MIN_PASSWORD = 10;
    private static final Pattern CHARACTERS = Pattern.compile("[a-z0-9._-]*");
    private static final Pattern FIRST = Pattern.compile("[a-z0-9].*", Pattern.DOTALL);

    private UserRules() {
    }

    /** @return true when the name follows every rule */
    static boolean isValidName(String name) {
        return name != null && name.length() >= MIN_NAME && name.length() <= MAX_NAME
                && CHARACTERS.matcher(name).matches() && FIRST.matcher(name).matches();
    }

    static void checkName(String name) throws UserException {
        if (name == null || name.length() < MIN_NAME || name.length() > MAX_NAME) {
            throw new UserException("A user name must have " + MIN_NAME + " to " + MAX_NAME + " characters: '"
                    + name + "'");
        }
        if (!CHARACTERS.matcher(name).matches()) {
            throw new UserException("A user name may only contain a-z, 0-9, '.', '_' and '-': '" + name + "'");
        }
        if (!FIRST.matcher(name).matches()) {
            throw new UserException("A user name must start with a letter or digit: '" + name + "'");
        }
    }

    static void checkPassword(char[] password) throws UserException {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new UserException("A password must have at least " + MIN_PASSWORD + " characters");
        }
        if (utf8Length(password) > PasswordHasher.MAX_BYTES) {
            throw new UserException("A password may have at most " + PasswordHasher.MAX_BYTES + " bytes (UTF-8)");
        }
    }

    private static int utf8Length(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        int length = encoded.remaining();
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return length;
    }

    static void checkRoles(Set<Role> roles) throws UserException {
        if (roles == null || roles.isEmpty()) {
            throw new UserException("A user needs at least one role: editor, publisher or admin");
        }
    }
}
