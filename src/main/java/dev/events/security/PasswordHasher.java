package dev.events.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Hashes and verifies passwords with bcrypt (Spring Security's implementation, version {@code $2b$}). Passwords
 * are handled as UTF-8 bytes that are wiped after use; bcrypt reads at most {@value #MAX_BYTES} bytes, so
 * longer passwords are refused rather than silently cut.
 */
public final class PasswordHasher {

    /** The default cost factor: 2^12 rounds. */
    public static final int DEFAULT_COST = 12;
    /** The most bytes (UTF-8) of a password that bcrypt uses. */
    public static final int MAX_BYTES = 72;
    private static final String VERSION = "$2b";

    private final int cost;
    private final SecureRandom random = new SecureRandom();
    private volatile String dummyHash;

    /** A hasher with the default cost, {@value #DEFAULT_COST}. */
    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost the bcrypt cost factor (log2 of the rounds), 4 to 31 */
    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("The bcrypt cost must be 4 to 31: " + cost);
        }
        this.cost = cost;
    }

    /**
     * @return a salted bcrypt hash of the password, e.g. {@code $2b$12$...}
     * @throws IllegalArgumentException when the password is longer than {@value #MAX_BYTES} bytes in UTF-8
     */
    public String hash(char[] password) {
        byte[] bytes = utf8(password);
        try {
            if (bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException("A password may have at most " + MAX_BYTES + " bytes (UTF-8)");
            }
            return BCrypt.hashpw(bytes, BCrypt.gensalt(VERSION, cost, random));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** @return true when the password matches the hash; false for a malformed hash or a too long password */
    public boolean verify(char[] password, String hash) {
        byte[] bytes = utf8(password);
        try {
            return hash != null && bytes.length <= MAX_BYTES && BCrypt.checkpw(bytes, hash);
        } catch (IllegalArgumentException malformed) {
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Spends the time of one verification and fails: for a user that does not exist, so timing hides that. */
    public void verifyNothing(char[] password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash("not a password of anyone".toCharArray());
            dummyHash = dummy;
        }
        verify(password, dummy);
    }

    /** @return the cost factor of new hashes */
    public int cost() {
        return cost;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
