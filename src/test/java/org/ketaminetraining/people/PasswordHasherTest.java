package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // A low cost keeps these tests fast; the production cost is asserted separately below.
    private final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        assertThat(hasher.matches("correct horse battery".toCharArray(), stored)).isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), stored)).isFalse();
        assertThat(hasher.matches("".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        String first = hasher.hash("same password here".toCharArray());
        String second = hasher.hash("same password here".toCharArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    }

    @Test
    void theStoredFormNamesAlgorithmAndCostButNotThePassword() {
        String stored = hasher.hash("secret-password-1".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("secret");
        assertThat(stored.split("\\$")).hasSize(4);
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        char[] password = "anything at all".toCharArray();
        assertThat(hasher.matches(password, null)).isFalse();
        assertThat(hasher.matches(password, "")).isFalse();
        assertThat(hasher.matches(password, "md5$abc")).isFalse();
        assertThat(hasher.matches(password, "pbkdf2-sha256$x$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches(password, "pbkdf2-sha256$1000$!!!$AAAA")).isFalse();
    }

    @Test
    void aCheaperHashNeedsRehashing() {
        String cheap = new PasswordHasher(500, new SecureRandom()).hash("pw-for-rehash".toCharArray());
        assertThat(hasher.needsRehash(cheap)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("pw-for-rehash".toCharArray()))).isFalse();
        assertThat(hasher.needsRehash(null)).isTrue();
    }

    @Test
    void productionCostIsAtLeastOwaspMinimum() {
        String stored = PasswordHasher.standard(new SecureRandom()).hash("production cost".toCharArray());
        assertThat(Integer.parseInt(stored.split("\\$")[1])).isGreaterThanOrEqualTo(210_000);
    }
}
