package dev.events.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void aHashVerifiesItsPassword() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.verify("correct horsf".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        String first = hasher.hash("correct horse".toCharArray());
        String second = hasher.hash("correct horse".toCharArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("correct horse".toCharArray(), second)).isTrue();
    }

    @Test
    void theHashIsABcryptStringWithTheCost() {
        assertThat(hasher.hash("correct horse".toCharArray())).matches("\\$2[aby]\\$04\\$[./A-Za-z0-9]{53}");
        assertThat(new PasswordHasher().cost()).isEqualTo(12);
    }

    @Test
    void nonAsciiPasswordsHashAsUtf8() {
        String hash = hasher.hash("mot de passe été".toCharArray());
        assertThat(hasher.verify("mot de passe été".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("mot de passe ete".toCharArray(), hash)).isFalse();
    }

    @Test
    void aMalformedHashDoesNotVerifyAndDoesNotThrow() {
        assertThat(hasher.verify("correct horse".toCharArray(), "correct horse")).isFalse();
        assertThat(hasher.verify("correct horse".toCharArray(), null)).isFalse();
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedNotCut() {
        char[] tooLong = "x".repeat(PasswordHasher.MAX_BYTES + 1).toCharArray();
        assertThatThrownBy(() -> hasher.hash(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 72 bytes");
        String hash = hasher.hash("x".repeat(PasswordHasher.MAX_BYTES).toCharArray());
        assertThat(hasher.verify(tooLong, hash)).isFalse();
    }

    @Test
    void aCostOutsideBcryptsRangeIsRefused() {
        assertThatThrownBy(() -> new PasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
